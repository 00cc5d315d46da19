package io.notegraph.cli;

import io.notegraph.pipeline.Components;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code notegraph} command. Only {@link #main} calls {@code System.exit}; everything else goes
 * through {@link #run}, so tests can execute commands against their own writers.
 */
@Command(
    name = "notegraph",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    versionProvider = VersionProvider.class,
    description = "Turns community meeting notes written in Markdown into an RDF knowledge graph.",
    footer = {
      "",
      "Exit codes: 0 success, 1 failure (errors in the input or in processing),",
      "            2 usage error, 3 output validation failed (SHACL).",
      "",
      "Examples:",
      "  notegraph extract                  # the bundled sample notes, into output/",
      "  notegraph extract notes/ -o out    # your notes",
      "  notegraph query presenters         # who presented what, when",
      "  notegraph serve notes/             # extract, load and serve over SPARQL"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand, our error handling and the given writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return Commands.all(out, err);
  }

  /** Runs {@code args} and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return Commands.forArgs(out, err, args).execute(args);
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (e instanceof OutOfMemoryError) outOfMemory(err);
          err.println("notegraph: internal error in " + thread.getName() + ": " + e);
        });
    // Almost every command reads or writes RDF: Jena initialises while picocli reads the
    // command line (a daemon thread, so a command that needs no Jena does not wait for it).
    Components.warmUpJena();
    int code;
    try {
      code = run(out, err, args);
    } catch (OutOfMemoryError e) {
      outOfMemory(err);
      return;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * One clear line instead of a stack trace per thread, then exit 1 at once (halt: the heap is
   * gone, and the outputs are still the earlier ones, since nothing is moved into place before it
   * is complete; the temp files are removed by the next run).
   */
  private static void outOfMemory(PrintWriter err) {
    long maxMb = Runtime.getRuntime().maxMemory() >> 20;
    err.println(
        "notegraph: error: out of memory (the Java heap is limited to "
            + maxMb
            + " MB)."
            + " Give it more: NOTEGRAPH_JAVA_OPTS=-Xmx4g ./notegraph ... (or java -Xmx4g -jar ...)."
            + " About 12 MB of heap per MB of notes is needed.");
    err.flush();
    Runtime.getRuntime().halt(ExitCodes.FAILURE);
  }
}
