package io.notegraph.eval;

/** A gold file that does not follow the format; the message starts with {@code file:line:}. */
public final class GoldFormatException extends RuntimeException {
  public GoldFormatException(String file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
