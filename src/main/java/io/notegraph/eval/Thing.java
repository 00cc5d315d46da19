package io.notegraph.eval;

import java.util.Set;
import java.util.TreeSet;

/** A node of the graph (by IRI) with every name it carries. */
public record Thing(String iri, Set<String> names) {
  public Thing {
    names = java.util.Collections.unmodifiableSet(new TreeSet<>(names));
  }

  /** Whether one of the names equals (normalised) one of {@code spellings}. */
  public boolean isCalled(Iterable<String> spellings) {
    for (String n : names) {
      for (String s : spellings) {
        if (TextMatch.sameName(n, s)) return true;
      }
    }
    return false;
  }

  /** The longest (most complete) name and the IRI, for error lists. */
  public String label() {
    String longest =
        names.stream()
            .max(
                java.util.Comparator.comparingInt(String::length)
                    .thenComparing(java.util.Comparator.reverseOrder()))
            .orElse("(no name)");
    return longest + " <" + iri + ">";
  }
}
