package io.notegraph.rdf;

import java.util.List;

/**
 * The outcome of checking a graph against the contract's SHACL shapes.
 *
 * @param violations one readable line per violation, {@code focus node: path: message}, sorted so
 *     that output is deterministic; empty when the graph conforms
 */
public record ValidationResult(List<String> violations) {
  public ValidationResult {
    violations = List.copyOf(violations);
  }

  /** Whether the graph satisfies every shape. */
  public boolean conforms() {
    return violations.isEmpty();
  }
}
