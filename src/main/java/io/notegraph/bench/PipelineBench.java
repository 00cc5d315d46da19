package io.notegraph.bench;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.link.ExactNameLinker;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.link.Linker;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.MentionFinder;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NoteParser;
import io.notegraph.pipeline.Sources;
import io.notegraph.rdf.GraphEmitter;
import io.notegraph.rdf.Iris;
import io.notegraph.rdf.OutputWriter;
import io.notegraph.rdf.QuadCount;
import io.notegraph.rdf.RdfFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs the extract pipeline over one folder with a clock around each stage. Stages run as {@code
 * extract} runs them (parse and nlp in parallel per document, output in the layout {@code extract}
 * would choose) but one after the other, so each has its own time. Thread-safe if the stages are;
 * build once.
 *
 * <pre>{@code
 * BenchRun r = PipelineBench.builder().finder(recognizer).build().run("1x", dir, outDir);
 * }</pre>
 */
public final class PipelineBench {
  private final NoteParser parser;
  private final MentionFinder finder;
  private final Linker linker;
  private final String base;
  private final boolean stream;

  private PipelineBench(Builder b) {
    this.parser = b.parser;
    this.finder = b.finder;
    this.linker = b.linker;
    this.base = b.base;
    this.stream = b.stream;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** One timed pass over the notes under {@code input}; output files go to {@code output}. */
  public BenchRun run(String label, Path input, Path output) {
    Diagnostics diag = new Diagnostics();
    Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    Map<Stage, Long> cpu = new EnumMap<>(Stage.class);
    System.gc(); // start every pass from the same heap
    try (HeapPeak heap = HeapPeak.start()) {
      List<SourceDocument> docs =
          timed(nanos, cpu, Stage.INGEST, () -> Sources.load(List.of(input), diag));
      List<Parsed> parsed =
          timed(
              nanos,
              cpu,
              Stage.PARSE,
              () ->
                  docs.parallelStream()
                      .map(d -> new Parsed(d, parser.parse(d, diag)))
                      .filter(p -> p.note().isPresent())
                      .toList());
      List<AnnotatedNote> annotated =
          timed(
              nanos,
              cpu,
              Stage.NLP,
              () ->
                  parsed.parallelStream()
                      .map(
                          p ->
                              new AnnotatedNote(
                                  p.doc(), p.note().get(), finder.find(p.doc(), p.note().get())))
                      .toList());
      LinkedCorpus corpus = timed(nanos, cpu, Stage.LINK, () -> linker.link(annotated, diag));
      GraphEmitter emitter = new GraphEmitter(base);
      long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
      AtomicReference<QuadCount> count = new AtomicReference<>();
      timed(
          nanos,
          cpu,
          Stage.WRITE,
          () ->
              new OutputWriter(output, "notegraph")
                  .write(
                      s -> {
                        QuadCount c = new QuadCount();
                        emitter.emit(corpus, c.counting(s));
                        count.set(c);
                      },
                      List.of(RdfFormat.TTL, RdfFormat.TRIG),
                      stream
                          ? OutputWriter.Layout.STREAMING
                          : OutputWriter.Layout.forInput(chars)));
      timed(
          nanos,
          cpu,
          Stage.RDF_EMIT,
          () -> {
            emitter.emit(corpus, new QuadCount());
            return null;
          });
      long peak = heap.peak();
      long md = MarkdownCeiling.time(docs);
      long bytes =
          docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
      return new BenchRun(
          label, docs.size(), bytes, nanos, cpu, count.get().statements(), peak, md);
    }
  }

  private record Parsed(SourceDocument doc, Optional<MeetingNote> note) {}

  private static <T> T timed(
      Map<Stage, Long> nanos, Map<Stage, Long> cpu, Stage stage, Supplier<T> work) {
    long c0 = CpuClock.processNanos();
    long t0 = System.nanoTime();
    T result = work.get();
    nanos.put(stage, System.nanoTime() - t0);
    cpu.put(stage, CpuClock.processNanos() - c0);
    return result;
  }

  /** Configures a {@link PipelineBench}; defaults are those of {@code extract --no-nlp}. */
  public static final class Builder {
    private NoteParser parser = NoteParser.builder().build();
    private MentionFinder finder = MentionFinder.none();
    private Linker linker = new ExactNameLinker();
    private String base = Iris.DEFAULT_BASE;
    private boolean stream;

    public Builder parser(NoteParser p) {
      this.parser = Objects.requireNonNull(p);
      return this;
    }

    public Builder finder(MentionFinder f) {
      this.finder = Objects.requireNonNull(f);
      return this;
    }

    public Builder linker(Linker l) {
      this.linker = Objects.requireNonNull(l);
      return this;
    }

    public Builder base(String b) {
      this.base = Objects.requireNonNull(b);
      return this;
    }

    /** Streams the output whatever the size (as {@code extract --stream}). */
    public Builder stream(boolean on) {
      this.stream = on;
      return this;
    }

    public PipelineBench build() {
      return new PipelineBench(this);
    }
  }
}
