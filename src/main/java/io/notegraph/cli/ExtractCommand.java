package io.notegraph.cli;

import io.notegraph.diag.Diagnostic;
import io.notegraph.diag.Diagnostics;
import io.notegraph.diag.Severity;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.pipeline.Manifest;
import io.notegraph.pipeline.Sources;
import io.notegraph.rdf.GraphEmitter;
import io.notegraph.rdf.GraphValidator;
import io.notegraph.rdf.InMemoryGraph;
import io.notegraph.rdf.ValidationResult;
import io.notegraph.rdf.OutputWriter;
import io.notegraph.rdf.QuadCount;
import io.notegraph.rdf.RdfFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
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

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
      description = "Extra formats besides ttl and trig: ${COMPLETION-CANDIDATES}.")
  List<RdfFormat> formats = new ArrayList<>();

  @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0",
      description = {"Leave out version-of and affiliation statements whose evidence rule is",
          "trusted less than P (0..1; rules and their figures in docs/GRAPH.md)."})
  double minConfidence;

  @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Also print notes (e.g. names left unresolved).")
  boolean verbose;

  @Option(names = "--no-validate",
      description = "Skip checking the output against ontology/shapes.ttl (SHACL).")
  boolean noValidate;

  @Option(names = "--stream", description = {
      "Stream the output (Turtle and TriG in blocks, no whole graph in memory). Automatic",
      "above " + OutputWriter.Layout.STREAMING_ABOVE_CHARS / 100_000 / 10.0 + " MB of notes."})
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
    Diagnostics diag = new Diagnostics();
    List<SourceDocument> docs = Sources.load(paths, diag);
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    OutputWriter.Layout layout =
        stream ? OutputWriter.Layout.STREAMING : OutputWriter.Layout.forInput(chars);
    // Streamed output is not validated in memory: the shapes need not be loaded.
    if (layout == OutputWriter.Layout.STREAMING) Components.skipShapes();
    // Hashing the notes and reading the last manifest overlap the pipeline.
    CompletableFuture<Manifest> manifest = CompletableFuture.supplyAsync(() -> Manifest.of(docs),
        task -> onOwnThread(task, "manifest"));
    Manifest previous = Manifest.read(output);
    LinkedCorpus corpus;
    try (Progress progress = Progress.start(err, "extract", docs.size(), 2, quiet)) {
      corpus = options.pipeline().run(docs, diag, progress::step);
    }
    GraphEmitter emitter = new GraphEmitter(options.base(), minConfidence);
    report(err, diag, verbose);
    if (docs.isEmpty()) {
      err.println("notegraph: error: no notes found in " + paths);
      return ExitCodes.FAILURE;
    }
    if (options.strict() && !diag.problems().isEmpty()) {
      err.println("notegraph: --strict: " + diag.problems().size() + " problem(s); nothing written");
      return ExitCodes.FAILURE;
    }
    Set<RdfFormat> all = new LinkedHashSet<>(List.of(RdfFormat.TTL, RdfFormat.TRIG));
    all.addAll(formats);
    Manifest.Changes changes = manifest.join().since(previous);
    OutputWriter writer = new OutputWriter(output, "notegraph");
    List<OutputWriter.Written> written;
    long statements;
    int graphs;
    if (layout == OutputWriter.Layout.PRETTY) {
      // One emission, read concurrently by SHACL and by the writers; the files stay temp files
      // until the graph is known to conform.
      InMemoryGraph graph = InMemoryGraph.of(s -> emitter.emit(corpus, s));
      CompletableFuture<ValidationResult> validation = noValidate ? null
          : CompletableFuture.supplyAsync(() -> GraphValidator.standard().validate(graph.union()),
              task -> onOwnThread(task, "shacl"));
      try (OutputWriter.Staged staged = writer.stage(graph, List.copyOf(all))) {
        if (validation != null && !conforms(validation.join(), err)) {
          return ExitCodes.INVALID_OUTPUT;
        }
        written = staged.commit();
      }
      statements = graph.statements();
      graphs = graph.namedGraphs();
    } else {
      if (!noValidate && !quiet) {
        err.println("notegraph: streamed output is not validated in memory; run notegraph validate");
      }
      // Every emission gives the same quads, so whichever pass counts last is the count.
      AtomicReference<QuadCount> count = new AtomicReference<>();
      written = writer.write(s -> {
        QuadCount c = new QuadCount();
        emitter.emit(corpus, c.counting(s));
        count.set(c);
      }, List.copyOf(all), layout);
      statements = count.get().statements();
      graphs = count.get().namedGraphs();
    }
    manifest.join().write(output);
    if (!quiet) {
      new ExtractSummary(docs.size(), corpus, statements, graphs, diag, changes, written,
          System.nanoTime() - t0).print(out);
    }
    return diag.hasErrors() ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private static void report(PrintWriter err, Diagnostics diag, boolean verbose) {
    for (Diagnostic d : verbose ? diag.all() : diag.problems()) err.println(d);
    err.flush();
  }

  /** Prints the violations, if any: then nothing is written. */
  private static boolean conforms(ValidationResult v, PrintWriter err) {
    if (v.conforms()) return true;
    v.violations().forEach(line -> err.println("notegraph: shape violation: " + line));
    err.println("notegraph: the graph does not conform to ontology/shapes.ttl; nothing written."
        + " This is a bug in notegraph: please report it with the note.");
    return false;
  }

  /** A thread for this one task, gone when it ends (a pool per run would outlive the run). */
  private static void onOwnThread(Runnable task, String name) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
  }

  static long count(Diagnostics d, Severity s) {
    return d.count(s);
  }
}
