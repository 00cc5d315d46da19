package io.notegraph.diag;

/** {@link Diagnostics} bound to one input file, so parsers only say the line. */
public record FileDiagnostics(Diagnostics sink, String file) {
  public void warn(int line, String message) {
    sink.warn(file, line, message);
  }

  /** Shown with -v only: what the parser understood, not a problem. */
  public void note(int line, String message) {
    sink.note(file, line, message);
  }

  public void error(int line, String message) {
    sink.error(file, line, message);
  }
}
