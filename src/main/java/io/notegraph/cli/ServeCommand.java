package io.notegraph.cli;

import io.notegraph.serve.FusekiUiPatch;
import io.notegraph.serve.NotegraphServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code notegraph serve}: Serves the graph over SPARQL with Apache Jena Fuseki and its UI. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the graph over SPARQL with Apache Jena Fuseki and its UI.",
      "With PATHs: extracts them and loads the graph straight into --db (a database whose"
          + " notes are unchanged is reused at once). Without: serves the database in --db,"
          + " or the bundled sample notes when there is none. Writes graph files only with"
          + " -o, never beside --db. Runs until Ctrl-C."
    })
public final class ServeCommand implements Callable<Integer> {
  /** How the running command waits; tests replace it to return at once. */
  static Consumer<NotegraphServer> waiter = NotegraphServer::join;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Notes to extract and serve.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = "output/tdb2",
      description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description =
          "Also write the graph files there, as extract does (default: none are written).")
  Path output;

  @Option(
      names = "--port",
      defaultValue = "3030",
      description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Mixin PipelineOptions pipeline = new PipelineOptions();

  @Option(
      names = "--in-memory",
      description = {
        "Extract the notes and serve them from memory: no database is read or written (--db",
        "is not used), answers are kept in memory; for graphs that fit in the heap."
      })
  boolean inMemory;

  @Option(names = "--writable", description = "Also accept SPARQL Update and Graph Store writes.")
  boolean writable;

  @Mixin ServeLimits limits = new ServeLimits();

  @Mixin ServeExposure exposure = new ServeExposure();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    exposure.check(host, writable, spec.commandLine().getErr());
    ServeProgress progress = new ServeProgress(out);
    NotegraphServer.Builder builder =
        limits.configure(exposure.configure(NotegraphServer.builder()));
    String served =
        new ServeNotes(pipeline, output, spec.commandLine().getErr())
            .prepare(builder, paths, inMemory ? null : db, progress);
    progress.say("serve", "starting Fuseki on " + host + ":" + port);
    NotegraphServer server =
        builder
            .port(port)
            .host(host)
            .writable(writable)
            .customize(FusekiUiPatch.forCatalog(pipeline.base(), writable, this::warnUnpatched))
            .build()
            .start();
    Thread hook = new Thread(server::stop, "notegraph-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    progress.ready(
        server, "notegraph serving " + served + (writable ? " (writable)" : " (read-only)"));
    waiter.accept(server);
    try {
      // The wait ended without Ctrl-C (tests): stop here rather than at JVM exit.
      Runtime.getRuntime().removeShutdownHook(hook);
      server.stop();
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C: the hook is stopping the server.
    }
    return ExitCodes.OK;
  }

  private void warnUnpatched() {
    spec.commandLine()
        .getErr()
        .println(
            "notegraph: warning: this Fuseki UI version could not be given the catalog queries");
  }
}
