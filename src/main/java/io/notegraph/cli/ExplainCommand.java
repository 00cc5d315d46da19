package io.notegraph.cli;

import io.notegraph.diag.Diagnostics;
import io.notegraph.link.EntityLookup;
import io.notegraph.pipeline.ExplainIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph explain NAME}: shows what entity NAME resolved to, every surface form merged
 * into it with its count, and why each was merged, with {@code file:line}. It answers from what the
 * last {@code extract} wrote beside the graph ({@link ExplainIndex}), in milliseconds; {@code
 * --extract PATH...} links the notes afresh instead (the bundled samples when no path is given).
 * Exit 1 when NAME matches nothing.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Shows what entity a name resolved to, every form merged into it, and why.",
    footer = {
      "",
      "Examples:",
      "  notegraph explain \"Dan Walsh\"                 # from the last extract (output/)",
      "  notegraph explain \"Dan Walsh\" --extract notes/ # link notes/ afresh"
    })
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "A name, handle or entity id.")
  String name;

  @Option(
      names = "--graph",
      paramLabel = "FILE",
      defaultValue = "output/notegraph.trig",
      description =
          "The extracted graph; explain reads the index extract wrote beside it"
              + " (default: ${DEFAULT-VALUE}).")
  Path graph;

  @Option(
      names = "--extract",
      arity = "0..*",
      paramLabel = "PATH",
      description = "Link these notes afresh instead (no PATH: the bundled samples).")
  List<Path> extract;

  private final CorpusSource source;

  /** For picocli: the pipeline as wired into the CLI. */
  public ExplainCommand() {
    this(
        (paths, diagnostics) ->
            new PipelineOptions()
                .defaults()
                .pipeline()
                .run(
                    io.notegraph.pipeline.Sources.load(paths, diagnostics),
                    diagnostics,
                    done -> {}));
  }

  public ExplainCommand(CorpusSource source) {
    this.source = Objects.requireNonNull(source);
  }

  @Override
  public Integer call() {
    ExplainIndex index =
        extract != null
            ? ExplainIndex.of(source.link(extract, new Diagnostics()))
            : readOrFail(ExplainIndex.besideGraph(graph));
    var entities = EntityLookup.find(index.corpus(), name);
    if (entities.isEmpty()) {
      throw new UserError("no entity is known as '" + name + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    new ExplainReport(index).print(name, entities, out);
    out.flush();
    return ExitCodes.OK;
  }

  private static ExplainIndex readOrFail(java.nio.file.Path file) {
    try {
      return ExplainIndex.read(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UserError(
          "no explain index at "
              + file
              + " (run notegraph extract first, or give --extract PATH...)");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
