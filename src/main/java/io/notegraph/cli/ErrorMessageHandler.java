package io.notegraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into a one-line message and exit code 1. The stack
 * trace is printed only with {@code NOTEGRAPH_DEBUG=1}.
 */
final class ErrorMessageHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    String message = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
    cl.getErr().println("notegraph: error: " + message);
    if ("1".equals(System.getenv("NOTEGRAPH_DEBUG"))) ex.printStackTrace(cl.getErr());
    cl.getErr().flush();
    return ex instanceof UserError ue ? ue.exitCode() : ExitCodes.FAILURE;
  }
}
