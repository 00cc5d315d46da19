package io.notegraph.cli;

/** A failure the user must act on; its message is shown as is, without a stack trace. */
public final class UserError extends RuntimeException {
  private final int exitCode;

  public UserError(String message) {
    this(message, ExitCodes.FAILURE);
  }

  public UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
