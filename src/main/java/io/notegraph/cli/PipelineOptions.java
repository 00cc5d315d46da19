package io.notegraph.cli;

import io.notegraph.parse.NoteParser;
import io.notegraph.pipeline.Components;
import io.notegraph.pipeline.Pipeline;
import io.notegraph.rdf.Iris;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** Options every command that runs the pipeline shares ({@code @Mixin}). */
public final class PipelineOptions {
  @Option(
      names = "--base",
      paramLabel = "IRI",
      description = "Base IRI of every resource minted (default: ${DEFAULT-VALUE}).",
      defaultValue = Iris.DEFAULT_BASE)
  String base;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description =
          "Time zone for times the notes give without an offset (default: ${DEFAULT-VALUE}).",
      defaultValue = "America/New_York")
  ZoneId zone;

  @Option(names = "--strict", description = "Treat warnings as errors: write nothing and exit 1.")
  boolean strict;

  @Option(names = "--no-nlp", description = "Structure only: skip entity recognition in free text.")
  boolean noNlp;

  /** The option defaults, for commands that run the pipeline without these options. */
  PipelineOptions defaults() {
    base = Iris.DEFAULT_BASE;
    zone = ZoneId.of("America/New_York");
    return this;
  }

  public String base() {
    return base;
  }

  public boolean strict() {
    return strict;
  }

  public Pipeline pipeline() {
    return Pipeline.builder()
        .parser(NoteParser.builder().defaultZone(zone).build())
        .finder(Components.finder(noNlp))
        .linker(Components.linker())
        .build();
  }
}
