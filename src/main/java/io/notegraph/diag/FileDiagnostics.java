package io.notegraph.diag;

/**
 * {@link Diagnostics} bound to one input file, so parsers only say the line.
 *
 * @param meeting for one meeting of a file that holds several, its part ("2025-02-11"), named in
 *     messages about the whole meeting (line 0); else null
 */
public record FileDiagnostics(Diagnostics sink, String file, String meeting) {
  public FileDiagnostics(Diagnostics sink, String file) {
    this(sink, file, null);
  }

  /** The same file, for its meeting {@code part} (a running notes file). */
  public FileDiagnostics forMeeting(String part) {
    return new FileDiagnostics(sink, file, part);
  }

  public void warn(int line, String message) {
    sink.warn(file, line, said(line, message));
  }

  public void error(int line, String message) {
    sink.error(file, line, said(line, message));
  }

  private String said(int line, String message) {
    return meeting == null || line > 0 ? message : "meeting " + meeting + ": " + message;
  }
}
