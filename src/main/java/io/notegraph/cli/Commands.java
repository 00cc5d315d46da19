package io.notegraph.cli;

import io.notegraph.pipeline.Components;
import java.io.PrintWriter;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@link Main} and how a command line is built from them: our error handling,
 * case-insensitive enums, and commands run once Jena's warm-up has finished.
 */
final class Commands {
  private Commands() {}

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

  /** Every subcommand, our error handling and the given writers. */
  static CommandLine all(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, SUBCOMMANDS);
  }

  /**
   * The command line for running {@code args}. When the first argument names a subcommand (other
   * than {@code help} and {@code generate-completion}, which must know them all), only that one is
   * built: picocli reads every option of every subcommand by reflection when it is added, a cost in
   * each run for commands that would not run (docs/BENCHMARKS.md).
   */
  static CommandLine forArgs(PrintWriter out, PrintWriter err, String... args) {
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
    cl.setExecutionStrategy(Commands::executeAfterJenaWarmUp);
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
}
