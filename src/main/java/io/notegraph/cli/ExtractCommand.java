package io.notegraph.cli;

import io.notegraph.pipeline.Components;
import io.notegraph.pipeline.Extraction;
import io.notegraph.write.OutputWriter;
import io.notegraph.write.RdfFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code notegraph extract}: meeting notes to an RDF graph. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Extracts the knowledge graph from meeting notes.",
      "",
      "Reads files and folders (recursively: .md, .markdown, .txt) and writes"
          + " output/notegraph.ttl (all facts) and output/notegraph.trig (one named graph per"
          + " note). With no PATH it reads the sample notes bundled in notegraph."
    },
    footer = {
      "",
      "Examples:",
      "  notegraph extract",
      "  notegraph extract ~/podman.io/community/meeting/notes -o build/graph",
      "  notegraph extract notes/ --format nt,jsonld --base https://example.org/id/",
      "",
      "Exit codes: 0 success (warnings allowed); 1 a note could not be used (the rest",
      "was written) or --strict with warnings (nothing written); 2 usage error;",
      "3 the output failed SHACL validation."
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Note files or folders.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "output",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = {"-f", "--format"},
      split = ",",
      paramLabel = "FORMAT",
      description = "Extra formats besides ttl and trig: ${COMPLETION-CANDIDATES}.")
  List<RdfFormat> formats = new ArrayList<>();

  @Option(
      names = "--min-confidence",
      paramLabel = "P",
      defaultValue = "0",
      description = {
        "Leave out version-of and affiliation statements whose evidence rule is",
        "trusted less than P (0..1; rules and their figures in docs/GRAPH.md)."
      })
  double minConfidence;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only problems.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also print notes (e.g. names left unresolved).")
  boolean verbose;

  @Option(
      names = "--no-validate",
      description = "Skip checking the output against ontology/shapes.ttl (SHACL).")
  boolean noValidate;

  @Option(
      names = "--stream",
      description = {
        "Stream the output (Turtle and TriG in blocks, no whole graph in memory). Automatic",
        "above " + OutputWriter.Layout.STREAMING_ABOVE_CHARS / 100_000 / 10.0 + " MB of notes."
      })
  boolean stream;

  @Mixin PipelineOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    if (minConfidence < 0 || minConfidence > 1) {
      throw new UserError("--min-confidence must be between 0 and 1, not " + minConfidence);
    }
    Components.preload(!options.noNlp, !noValidate);
    Extraction.Result r;
    try (Progress progress = new Progress(err, "extract", quiet)) {
      r =
          Extraction.builder()
              .pipeline(options.pipeline())
              .base(options.base())
              .output(output)
              .formats(formats)
              .layout(stream ? OutputWriter.Layout.STREAMING : null)
              .validate(!noValidate)
              .strict(options.strict())
              .minConfidence(minConfidence)
              .listener(progress)
              .build()
              .run(paths);
    }
    return new ExtractReport(out, err, quiet, verbose).finish(r, paths, !noValidate, t0);
  }
}
