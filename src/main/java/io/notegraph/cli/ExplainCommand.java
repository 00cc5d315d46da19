package io.notegraph.cli;

import io.notegraph.diag.Diagnostics;
import io.notegraph.link.EntityLookup;
import io.notegraph.link.LinkedCorpus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph explain NAME [PATH...]}: links the notes under PATH (default: the bundled
 * samples) and shows what entity NAME resolved to, every surface form merged into it with its
 * count, and why each was merged, with {@code file:line}. Exit 1 when NAME matches nothing.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Shows what entity a name resolved to, every form merged into it, and why.",
    footer = {"", "Example:", "  notegraph explain \"Dan Walsh\" notes/"})
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "A name, handle or entity id.")
  String name;

  @Parameters(index = "1..*", paramLabel = "PATH", description = "Notes (default: samples).")
  List<Path> paths = new ArrayList<>();

  private final CorpusSource source;

  /** For picocli: the pipeline as wired into the CLI. */
  public ExplainCommand() {
    this((paths, diagnostics) -> new PipelineOptions().defaults().pipeline()
        .run(io.notegraph.pipeline.Sources.load(paths, diagnostics), diagnostics, done -> { }));
  }

  public ExplainCommand(CorpusSource source) {
    this.source = Objects.requireNonNull(source);
  }

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    LinkedCorpus corpus = source.link(paths, diagnostics);
    var entities = EntityLookup.find(corpus, name);
    if (entities.isEmpty()) {
      throw new UserError("no entity is known as '" + name + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    new ExplainReport(corpus).print(name, entities, out);
    out.flush();
    return ExitCodes.OK;
  }
}
