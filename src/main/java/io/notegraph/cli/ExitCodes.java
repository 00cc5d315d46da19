package io.notegraph.cli;

/** The exit codes every command uses, listed in {@code --help}. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int INVALID_OUTPUT = 3;

  private ExitCodes() {}
}
