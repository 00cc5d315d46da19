package io.notegraph.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code notegraph} command. Only {@link #main} calls {@code System.exit}; everything else
 * goes through {@link #run}, so tests can execute commands against their own writers.
 */
@Command(
    name = "notegraph",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    versionProvider = VersionProvider.class,
    description = "Turns community meeting notes written in Markdown into an RDF knowledge graph.",
    subcommands = {
      ExtractCommand.class,
      ValidateCommand.class,
      QueryCommand.class,
      ExplainCommand.class,
      TrainCommand.class,
      EvalCommand.class,
      LoadCommand.class,
      ServeCommand.class,
      PushCommand.class,
      VizCommand.class,
      ExportCommand.class,
      BenchCommand.class,
      AutoComplete.GenerateCompletion.class,
      CommandLine.HelpCommand.class
    },
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

  /** Builds the command line with our error handling and the given writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorMessageHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /** Runs {@code args} and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
