package io.notegraph.cli;

import io.notegraph.pipeline.Components;
import java.io.PrintWriter;
import java.util.List;
import picocli.AutoComplete;
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
  /** The subcommands, in the order the usage help lists them. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ExtractCommand.class,
          ValidateCommand.class,
          QueryCommand.class,
          ExplainCommand.class,
          AuditCommand.class,
          TrainCommand.class,
          GazetteerCommand.class,
          EvalCommand.class,
          LoadCommand.class,
          ServeCommand.class,
          PushCommand.class,
          VizCommand.class,
          ExportCommand.class,
          BenchCommand.class,
          AutoComplete.GenerateCompletion.class,
          CommandLine.HelpCommand.class);

  private static final List<Class<?>> NEEDS_ALL =
      List.of(AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class);

  /**
   * Commands that wait for Jena's warm-up themselves, where they first need it ({@link
   * Components}), so that reading and parsing notes overlaps the warm-up.
   */
  private static final List<Class<?>> AWAIT_JENA_THEMSELVES =
      List.of(ExtractCommand.class, BenchCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand, our error handling and the given writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, SUBCOMMANDS);
  }

  /**
   * The command line for running {@code args}. When the first argument names a subcommand (other
   * than {@code help} and {@code generate-completion}, which must know them all), only that one is
   * built: picocli reads every option of every subcommand by reflection when it is added, a cost in
   * each run for commands that would not run (docs/BENCHMARKS.md).
   */
  static CommandLine commandLineFor(PrintWriter out, PrintWriter err, String... args) {
    String first = args.length > 0 ? args[0] : "";
    List<Class<?>> named =
        SUBCOMMANDS.stream().filter(c -> !NEEDS_ALL.contains(c) && name(c).equals(first)).toList();
    return commandLine(out, err, named.isEmpty() ? SUBCOMMANDS : named);
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> subs) {
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> c : subs) cl.addSubcommand(c);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorMessageHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionStrategy(Main::executeAfterJenaWarmUp);
    return cl;
  }

  /**
   * Runs the command once Jena's warm-up (started in {@link #main}) has finished. A command that
   * touches Jena classes while the warm-up thread is still initialising them can deadlock on the
   * JVM's class-initialisation locks (seen: {@code query} stuck for minutes, its thread in {@code
   * PrefixMapping.<clinit>} and the warm-up in {@code ModelCom}); waiting costs nothing once the
   * warm-up is done.
   */
  private static int executeAfterJenaWarmUp(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult sub = parsed.subcommand();
    boolean helpOnly = sub == null || sub.isUsageHelpRequested() || sub.isVersionHelpRequested();
    Object command = helpOnly ? null : sub.commandSpec().userObject();
    if (command != null && !AWAIT_JENA_THEMSELVES.contains(command.getClass())) {
      Components.awaitJena();
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  /** Runs {@code args} and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLineFor(out, err, args).execute(args);
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
