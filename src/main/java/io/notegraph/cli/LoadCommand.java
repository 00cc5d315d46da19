package io.notegraph.cli;

import io.notegraph.store.GraphStore;
import io.notegraph.store.LoadReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code notegraph load}: Loads the extracted graph into a TDB2 database. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Loads the extracted graph into a TDB2 database, one named graph per note.",
      "Incremental: only graphs that changed are rewritten, graphs of notes no longer in FILE"
          + " are removed; all in one transaction."
    })
public final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "output/notegraph.trig",
      description = "TriG written by extract (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = "output/tdb2",
      description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
  Path db;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new UserError("no such file: " + file + " (run notegraph extract first)");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (GraphStore store = GraphStore.builder().database(db).build()) {
      LoadReport r = store.load(file);
      print(out, "+ ", r.added());
      print(out, "~ ", r.replaced());
      print(out, "- ", r.removed());
      out.printf(
          "%s into %s: %s (%.1f s)%n", file, db, r.summary(), r.elapsed().toMillis() / 1000.0);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, String mark, List<String> graphs) {
    graphs.forEach(g -> out.println(mark + g));
  }
}
