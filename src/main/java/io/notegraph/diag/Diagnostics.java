package io.notegraph.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one place every stage reports problems to. Thread-safe: documents are processed in parallel.
 * {@link #all()} returns them sorted, so reports are deterministic.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

  public void warn(String file, int line, String message) {
    report(new Diagnostic(Severity.WARNING, file, line, message));
  }

  public void note(String file, int line, String message) {
    report(new Diagnostic(Severity.NOTE, file, line, message));
  }

  /** Warnings and errors, the problems a user must see; notes left out. */
  public List<Diagnostic> problems() {
    return all().stream().filter(d -> d.severity() != Severity.NOTE).toList();
  }

  public void error(String file, int line, String message) {
    report(new Diagnostic(Severity.ERROR, file, line, message));
  }

  public void report(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  /** All reported problems, sorted by file, line, severity, message. */
  public List<Diagnostic> all() {
    synchronized (items) {
      List<Diagnostic> copy = new ArrayList<>(items);
      Collections.sort(copy);
      return List.copyOf(copy);
    }
  }

  public long count(Severity severity) {
    synchronized (items) {
      return items.stream().filter(d -> d.severity() == severity).count();
    }
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** A view that reports every problem as coming from {@code file}. */
  public FileDiagnostics forFile(String file) {
    return new FileDiagnostics(this, file);
  }
}
