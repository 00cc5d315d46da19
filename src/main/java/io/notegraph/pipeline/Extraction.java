package io.notegraph.pipeline;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.rdf.GraphEmitter;
import io.notegraph.rdf.GraphValidator;
import io.notegraph.rdf.Iris;
import io.notegraph.rdf.ValidationResult;
import io.notegraph.write.InMemoryGraph;
import io.notegraph.write.OutputWriter;
import io.notegraph.write.QuadCount;
import io.notegraph.write.RdfFormat;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The front door for a whole run: sources → parse → nlp → link → emit → write. {@code extract},
 * {@code bench} and the tests run notes through it; commands only parse options, call {@link #run}
 * and print the {@link Result}.
 *
 * <p>Output never replaces the previous files unless it is complete and, when validated, conforms
 * to {@code ontology/shapes.ttl}; with {@code strict}, any problem means nothing is written. Build
 * once per run.
 *
 * <pre>{@code
 * Extraction.Result r = Extraction.builder().output(Path.of("output")).build().run(paths);
 * }</pre>
 */
public final class Extraction {
  /** How a run ended. */
  public enum Outcome {
    /** The files were written (or found unchanged). */
    WRITTEN,
    /** The graph was made and no files were asked for ({@link Builder#noFiles}). */
    EMITTED,
    /** No note was found: nothing written. */
    NO_NOTES,
    /** {@code strict} and some warning or error: nothing written. */
    REFUSED_STRICT,
    /** The graph failed SHACL validation (a notegraph bug): nothing written. */
    INVALID_OUTPUT
  }

  /**
   * What a run read, made and wrote. {@code validation} is empty when the output was not validated
   * (validation off, or streamed output, which is not held in memory: {@code notegraph validate}
   * checks the files). {@code quads} holds the emitted graph when it was asked for ({@link
   * Builder#keepQuads}), e.g. to load it into a store without reading a file back.
   */
  public record Result(
      Outcome outcome,
      int files,
      LinkedCorpus corpus,
      Diagnostics diagnostics,
      long statements,
      int namedGraphs,
      Manifest.Changes changes,
      List<OutputWriter.Written> written,
      OutputWriter.Layout layout,
      Optional<ValidationResult> validation,
      Optional<DatasetGraph> quads) {}

  /** Hears a run's progress (on the calling thread, except {@link #step}). */
  public interface Listener {
    /** The notes are read: {@code files} documents will go through the pipeline. */
    default void loaded(int files) {}

    /** One document finished one of its two per-document stages (parse, then nlp). */
    default void step(String document) {}

    /** Linking is done; emission and writing follow. */
    default void linked() {}
  }

  private final Pipeline pipeline;
  private final String base;
  private final Path output;
  private final Set<RdfFormat> formats;
  private final OutputWriter.Layout layout;
  private final boolean validate;
  private final boolean strict;
  private final double minConfidence;
  private final Listener listener;
  private final boolean keepQuads;

  private Extraction(Builder b) {
    this.pipeline = b.pipeline;
    this.base = b.base;
    this.output = b.output;
    this.formats = b.formats;
    this.layout = b.layout;
    this.validate = b.validate;
    this.strict = b.strict;
    this.minConfidence = b.minConfidence;
    this.listener = b.listener;
    this.keepQuads = b.keepQuads;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads the notes under {@code paths} (the bundled samples when empty) and writes the graph. */
  public Result run(List<Path> paths) {
    Diagnostics diag = new Diagnostics();
    return run(Sources.load(paths, diag), diag);
  }

  /** Runs already decoded documents; problems go to {@code diag}. */
  public Result run(List<SourceDocument> docs, Diagnostics diag) {
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    OutputWriter.Layout chosen = layout != null ? layout : OutputWriter.Layout.forInput(chars);
    // Streamed output is not validated in memory: the shapes need not be loaded.
    if (chosen == OutputWriter.Layout.STREAMING) Components.skipShapes();
    // Hashing the notes and reading the last manifest overlap the pipeline.
    CompletableFuture<Manifest> manifest =
        CompletableFuture.supplyAsync(
            () -> Manifest.of(docs), task -> onOwnThread(task, "manifest"));
    Manifest previous = output == null ? null : Manifest.read(output);
    listener.loaded(docs.size());
    LinkedCorpus corpus = pipeline.run(docs, diag, listener::step);
    listener.linked();
    if (docs.isEmpty()) return nothingWritten(Outcome.NO_NOTES, 0, corpus, diag, chosen);
    if (strict && !diag.problems().isEmpty()) {
      return nothingWritten(Outcome.REFUSED_STRICT, docs.size(), corpus, diag, chosen);
    }
    GraphEmitter emitter = new GraphEmitter(base, minConfidence);
    if (output == null) return emitted(docs.size(), corpus, diag, emitter);
    Manifest.Changes changes = manifest.join().since(previous);
    OutputWriter writer = new OutputWriter(output, "notegraph");
    List<RdfFormat> all = List.copyOf(formats);
    if (chosen == OutputWriter.Layout.PRETTY) {
      // One emission, read concurrently by SHACL and by the writers; the files stay temp files
      // until the graph is known to conform.
      InMemoryGraph graph = InMemoryGraph.of(s -> emitter.emit(corpus, s));
      CompletableFuture<ValidationResult> validation =
          !validate
              ? null
              : CompletableFuture.supplyAsync(
                  () -> GraphValidator.standard().validate(graph.union()),
                  task -> onOwnThread(task, "shacl"));
      try (OutputWriter.Staged staged = writer.stage(graph, all)) {
        ValidationResult v = validation == null ? null : validation.join();
        if (v != null && !v.conforms()) {
          return new Result(
              Outcome.INVALID_OUTPUT,
              docs.size(),
              corpus,
              diag,
              graph.statements(),
              graph.namedGraphs(),
              changes,
              List.of(),
              chosen,
              Optional.of(v),
              Optional.empty());
        }
        List<OutputWriter.Written> written = staged.commit();
        writeIndexes(manifest.join(), corpus);
        return new Result(
            Outcome.WRITTEN,
            docs.size(),
            corpus,
            diag,
            graph.statements(),
            graph.namedGraphs(),
            changes,
            written,
            chosen,
            Optional.ofNullable(v),
            keepQuads ? Optional.of(graph.dataset()) : Optional.empty());
      }
    }
    // Every emission gives the same quads, so whichever pass counts last is the count.
    AtomicReference<QuadCount> count = new AtomicReference<>();
    List<OutputWriter.Written> written =
        writer.write(
            s -> {
              QuadCount c = new QuadCount();
              emitter.emit(corpus, c.counting(s));
              count.set(c);
            },
            all,
            chosen);
    writeIndexes(manifest.join(), corpus);
    // Streamed output is never whole in memory; a caller that wants the quads pays for one more
    // emission.
    Optional<DatasetGraph> quads =
        keepQuads
            ? Optional.of(InMemoryGraph.of(s -> emitter.emit(corpus, s)).dataset())
            : Optional.empty();
    return new Result(
        Outcome.WRITTEN,
        docs.size(),
        corpus,
        diag,
        count.get().statements(),
        count.get().namedGraphs(),
        changes,
        written,
        chosen,
        Optional.empty(),
        quads);
  }

  /**
   * No files: the graph is emitted into memory once (validated when asked) and handed back when
   * {@link Builder#keepQuads} asked for it.
   */
  private Result emitted(int files, LinkedCorpus corpus, Diagnostics diag, GraphEmitter emitter) {
    InMemoryGraph graph = InMemoryGraph.of(s -> emitter.emit(corpus, s));
    ValidationResult v = validate ? GraphValidator.standard().validate(graph.union()) : null;
    Outcome outcome = v != null && !v.conforms() ? Outcome.INVALID_OUTPUT : Outcome.EMITTED;
    return new Result(
        outcome,
        files,
        corpus,
        diag,
        graph.statements(),
        graph.namedGraphs(),
        Manifest.Changes.NONE,
        List.of(),
        OutputWriter.Layout.PRETTY,
        Optional.ofNullable(v),
        keepQuads && outcome == Outcome.EMITTED ? Optional.of(graph.dataset()) : Optional.empty());
  }

  /**
   * The files beside the graph that later commands read instead of re-extracting: what was read
   * (manifest), why each name resolved as it did (explain index), where each note lies (viz links).
   */
  private void writeIndexes(Manifest manifest, LinkedCorpus corpus) {
    manifest.write(output);
    ExplainIndex.of(corpus).write(output);
    // The notes that made it into the graph (a skipped note has nothing to link to).
    NoteLocations.of(corpus.notes().stream().map(n -> n.annotated().document()).toList(), output)
        .write(output);
  }

  private static Result nothingWritten(
      Outcome outcome,
      int files,
      LinkedCorpus corpus,
      Diagnostics diag,
      OutputWriter.Layout layout) {
    return new Result(
        outcome,
        files,
        corpus,
        diag,
        0,
        0,
        Manifest.Changes.NONE,
        List.of(),
        layout,
        Optional.empty(),
        Optional.empty());
  }

  /** A thread for this one task, gone when it ends (a pool per run would outlive the run). */
  private static void onOwnThread(Runnable task, String name) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
  }

  /** Configures an {@link Extraction}; the defaults are those of {@code notegraph extract}. */
  public static final class Builder {
    private Pipeline pipeline = Pipeline.builder().build();
    private String base = Iris.DEFAULT_BASE;
    private Path output = Path.of("output");
    private final Set<RdfFormat> formats =
        new LinkedHashSet<>(List.of(RdfFormat.TTL, RdfFormat.TRIG));
    private OutputWriter.Layout layout;
    private boolean validate = true;
    private boolean strict;
    private double minConfidence;
    private Listener listener = new Listener() {};
    private boolean keepQuads;

    public Builder pipeline(Pipeline p) {
      this.pipeline = Objects.requireNonNull(p);
      return this;
    }

    /** Base IRI of every resource minted. */
    public Builder base(String b) {
      this.base = Objects.requireNonNull(b);
      return this;
    }

    /** The output folder. */
    public Builder output(Path dir) {
      this.output = Objects.requireNonNull(dir);
      return this;
    }

    /** Write no files (and no manifest): the run ends with the emitted graph ({@code serve}). */
    public Builder noFiles() {
      this.output = null;
      return this;
    }

    /** Hand the emitted quads back in {@link Result#quads} (default off: they can be large). */
    public Builder keepQuads(boolean on) {
      this.keepQuads = on;
      return this;
    }

    /** Formats besides Turtle and TriG, which are always written. */
    public Builder formats(Collection<RdfFormat> extra) {
      this.formats.addAll(extra);
      return this;
    }

    /** A fixed layout; by default it follows the input's size ({@link OutputWriter.Layout}). */
    public Builder layout(OutputWriter.Layout l) {
      this.layout = l;
      return this;
    }

    /** SHACL-check pretty output before it replaces anything (default on). */
    public Builder validate(boolean on) {
      this.validate = on;
      return this;
    }

    /** Any warning or error means nothing is written. */
    public Builder strict(boolean on) {
      this.strict = on;
      return this;
    }

    /** Version-of and affiliation statements with weaker evidence are left out (default 0). */
    public Builder minConfidence(double p) {
      this.minConfidence = p;
      return this;
    }

    public Builder listener(Listener l) {
      this.listener = Objects.requireNonNull(l);
      return this;
    }

    public Extraction build() {
      return new Extraction(this);
    }
  }
}
