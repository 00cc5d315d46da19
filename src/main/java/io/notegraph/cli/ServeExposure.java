package io.notegraph.cli;

import io.notegraph.serve.HostNames;
import io.notegraph.serve.NotegraphServer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code serve} options that widen what the server exposes or reaches, their warnings, and the
 * one combination refused without confirmation: writable and reachable from other machines (anyone
 * on the network could then rewrite the graph). Kept apart from {@link ServeCommand} so each can
 * change alone. A picocli mixin; not thread-safe.
 */
final class ServeExposure {
  @Option(
      names = "--allow-service",
      description =
          "Let queries use SPARQL SERVICE (and LOAD from http): the server then fetches any URL a"
              + " client names.")
  boolean allowService;

  @Option(
      names = "--allow-file-load",
      description = "With --writable: let SPARQL LOAD read files of this machine into the store.")
  boolean allowFileLoad;

  @Option(
      names = "--allow-host",
      paramLabel = "NAME",
      description =
          "Another name the server answers to in the Host header (repeatable); localhost,"
              + " 127.0.0.1, [::1] and --host always are.")
  List<String> allowHosts = new ArrayList<>();

  @Option(names = "--cors", description = "Let pages on other sites read answers (CORS).")
  boolean cors;

  @Option(
      names = "--expose-writable",
      description =
          "Confirms --writable together with a --host other machines can reach: anyone on the"
              + " network can then change the graph.")
  boolean exposeWritable;

  /**
   * Prints a warning for each widening option and refuses (usage error) writable + beyond loopback
   * without {@code --expose-writable}.
   */
  void check(String host, boolean writable, PrintWriter err) {
    boolean remote = HostNames.beyondLoopback(host);
    if (remote && writable && !exposeWritable) {
      throw new UserError(
          "refusing --writable on "
              + host
              + ", which other machines can reach: anyone on the"
              + " network could change the graph (confirm with --expose-writable, or listen on"
              + " 127.0.0.1)",
          ExitCodes.USAGE);
    }
    if (remote) {
      warn(err, "listening on " + host + ": other machines can query this graph (no login)");
    }
    if (writable) {
      warn(err, "--writable: any client that reaches this port can change or delete the graph");
    }
    if (allowService) {
      warn(err, "--allow-service: clients can make this server fetch any URL (SSRF)");
    }
    if (allowFileLoad) {
      if (!writable) warn(err, "--allow-file-load has no effect without --writable");
      else warn(err, "--allow-file-load: clients can read any file this user can into the store");
    }
    if (cors) warn(err, "--cors: pages on any site the user opens can read this graph");
    err.flush();
  }

  NotegraphServer.Builder configure(NotegraphServer.Builder b) {
    allowHosts.forEach(b::allowHost);
    return b.allowService(allowService).allowFileLoad(allowFileLoad).cors(cors);
  }

  private static void warn(PrintWriter err, String message) {
    err.println("warning: " + message);
  }
}
