package io.notegraph.cli;

import io.notegraph.serve.NotegraphServer;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@code serve} options that bound the work of one request. A picocli mixin. */
final class ServeLimits {
  @Option(
      names = "--timeout",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Longest a query may run (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--max-query-size",
      paramLabel = "CHARS",
      defaultValue = "262144",
      description =
          "Longest query text accepted, in characters; longer gets HTTP 413 (default:"
              + " ${DEFAULT-VALUE}).")
  long maxQueryChars;

  NotegraphServer.Builder configure(NotegraphServer.Builder b) {
    return b.queryTimeout(timeout).maxQueryChars(maxQueryChars);
  }
}
