package io.notegraph.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in one input, pointing back to {@code file:line}.
 *
 * @param severity warning or error
 * @param file the input's display name (path relative to the input root), never null
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong, in words a user understands
 */
public record Diagnostic(Severity severity, String file, int line, String message)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0) throw new IllegalArgumentException("line must be >= 0: " + line);
  }

  /** {@code file:line: warning: message}, the form compilers use and editors jump to. */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line : file;
    return where + ": " + severity.name().toLowerCase() + ": " + message;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
