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

  @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Also print notes (e.g. names left unresolved).")
  boolean verbose;

  @Option(names = "--no-validate",
      description = "Skip checking the output against ontology/shapes.ttl (SHACL).")
  boolean noValidate;

  @Option(names = "--stream", description = {
      "Stream the output (Turtle and TriG in blocks, no whole graph in memory). Automatic",
      "above " + OutputWriter.Layout.STREAMING_ABOVE_CHARS / 1_000_000 + " MB of notes."})
  boolean stream;

  @Mixin PipelineOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    JenaWarmUp.start();
    Diagnostics diag = new Diagnostics();
    List<SourceDocument> docs = Sources.load(paths, diag);
    LinkedCorpus corpus;
    try (Progress progress = Progress.start(err, "extract", docs.size(), quiet)) {
      corpus = options.pipeline().run(docs, diag, progress::step);
    }
    GraphEmitter emitter = new GraphEmitter(options.base());
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
    Manifest manifest = Manifest.of(docs);
    Manifest.Changes changes = manifest.since(Manifest.read(output));
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    OutputWriter.Layout layout =
        stream ? OutputWriter.Layout.STREAMING : OutputWriter.Layout.forInput(chars);
    if (!noValidate && layout == OutputWriter.Layout.PRETTY && !conforms(emitter, corpus, err)) {
      return ExitCodes.INVALID_OUTPUT;
    }
    if (!noValidate && layout != OutputWriter.Layout.PRETTY && !quiet) {
      err.println("notegraph: streamed output is not validated in memory; run notegraph validate");
    }
    // Every emission gives the same quads, so whichever pass counts last is the count.
    AtomicReference<QuadCount> count = new AtomicReference<>();
    List<OutputWriter.Written> written = new OutputWriter(output, "notegraph")
        .write(s -> {
          QuadCount c = new QuadCount();
          emitter.emit(corpus, c.counting(s));
          count.set(c);
        }, List.copyOf(all), layout);
    manifest.write(output);
    if (!quiet) {
      new ExtractSummary(docs.size(), corpus, count.get(), diag, changes, written,
          System.nanoTime() - t0).print(out);
    }
    return diag.hasErrors() ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private static void report(PrintWriter err, Diagnostics diag, boolean verbose) {
    for (Diagnostic d : verbose ? diag.all() : diag.problems()) err.println(d);
    err.flush();
  }

  /** SHACL check of what would be written; violations are printed and nothing is written. */
  private static boolean conforms(GraphEmitter emitter, LinkedCorpus corpus, PrintWriter err) {
    // One plain graph: finds through a dataset's union view cost several times more.
    org.apache.jena.graph.Graph union = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
    emitter.emit(corpus, new org.apache.jena.riot.system.StreamRDFBase() {
      @Override
      public void quad(org.apache.jena.sparql.core.Quad q) {
        union.add(q.asTriple());
      }
    });
    ValidationResult v = GraphValidator.standard().validate(union);
    if (v.conforms()) return true;
    v.violations().forEach(line -> err.println("notegraph: shape violation: " + line));
    err.println("notegraph: the graph does not conform to ontology/shapes.ttl; nothing written."
        + " This is a bug in notegraph: please report it with the note.");
    return false;
  }

  static long count(Diagnostics d, Severity s) {
    return d.count(s);
  }
}
