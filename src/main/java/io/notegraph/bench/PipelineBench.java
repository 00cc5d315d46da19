package io.notegraph.bench;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.pipeline.Extraction;
import io.notegraph.pipeline.Pipeline;
import io.notegraph.pipeline.Sources;
import io.notegraph.pipeline.StageListener;
import io.notegraph.rdf.GraphEmitter;
import io.notegraph.rdf.Iris;
import io.notegraph.write.OutputWriter;
import io.notegraph.write.QuadCount;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Runs the extract pipeline over one folder with a clock around each stage: the same {@link
 * Pipeline} {@code extract} runs (timed through its {@link StageListener}), then the output in the
 * layout {@code extract} would choose. Thread-safe if the stages are; build once.
 *
 * <pre>{@code
 * BenchRun r = PipelineBench.builder().pipeline(pipeline).build().run("1x", dir, outDir);
 * }</pre>
 */
public final class PipelineBench {
  private final Pipeline pipeline;
  private final String base;
  private final boolean stream;

  private PipelineBench(Builder b) {
    this.pipeline = b.pipeline;
    this.base = b.base;
    this.stream = b.stream;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** One timed pass over the notes under {@code input}; output files go to {@code output}. */
  public BenchRun run(String label, Path input, Path output) {
    Diagnostics diag = new Diagnostics();
    StageClock clock = new StageClock();
    System.gc(); // start every pass from the same heap
    try (HeapPeak heap = HeapPeak.start()) {
      List<SourceDocument> docs =
          clock.time(Stage.INGEST, () -> Sources.load(List.of(input), diag));
      // The same front door as extract; emission and writing are timed from the end of linking.
      Extraction.Result r =
          Extraction.builder()
              .pipeline(pipeline(clock))
              .base(base)
              .output(output)
              .layout(stream ? OutputWriter.Layout.STREAMING : null)
              .validate(false)
              .listener(
                  new Extraction.Listener() {
                    @Override
                    public void linked() {
                      clock.start(Stage.WRITE);
                    }
                  })
              .build()
              .run(docs, diag);
      clock.stop(Stage.WRITE);
      // Emission alone, into a counter: how much of the write stage is building the quads.
      GraphEmitter emitter = new GraphEmitter(base);
      clock.time(
          Stage.RDF_EMIT,
          () -> {
            emitter.emit(r.corpus(), new QuadCount());
            return null;
          });
      long peak = heap.peak();
      long md = MarkdownCeiling.time(docs);
      long bytes =
          docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
      return new BenchRun(
          label, docs.size(), bytes, clock.wall(), clock.cpu(), r.statements(), peak, md);
    }
  }

  /** The pipeline {@code extract} runs, its stages timed on {@code clock}. */
  /**
   * {@code repeat} timed passes over each folder of {@code corpora}, in order; outputs go under
   * {@code work} (a temporary folder, removed afterwards, when null). {@code pass} hears every pass
   * as it ends (its number and run).
   */
  public List<List<BenchRun>> runAll(
      List<Path> corpora, int repeat, Path work, java.util.function.ObjIntConsumer<BenchRun> pass)
      throws java.io.IOException {
    Path dir =
        work != null
            ? java.nio.file.Files.createDirectories(work)
            : java.nio.file.Files.createTempDirectory("notegraph-bench");
    List<List<BenchRun>> results = new java.util.ArrayList<>();
    try {
      for (Path notes : corpora) {
        String label = label(notes);
        List<BenchRun> runs = new java.util.ArrayList<>();
        for (int i = 1; i <= repeat; i++) {
          BenchRun r = run(label, notes, dir.resolve("out-" + label.replaceAll("\\W", "_")));
          pass.accept(r, i);
          runs.add(r);
        }
        results.add(runs);
      }
    } finally {
      if (work == null) delete(dir);
    }
    return results;
  }

  /** A corpus is named by its folder ({@code notes-10x} for the generated ones). */
  public static String label(Path corpus) {
    Path name = corpus.toAbsolutePath().normalize().getFileName();
    return name == null ? corpus.toString() : name.toString();
  }

  private static void delete(Path dir) {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.deleteIfExists(p);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot remove " + dir, e);
    }
  }

  private Pipeline pipeline(StageClock clock) {
    return pipeline.withListener(
        new StageListener() {
          @Override
          public void started(StageListener.Stage stage) {
            clock.start(io.notegraph.bench.Stage.valueOf(stage.name()));
          }

          @Override
          public void finished(StageListener.Stage stage) {
            clock.stop(io.notegraph.bench.Stage.valueOf(stage.name()));
          }
        });
  }

  /** Configures a {@link PipelineBench}; defaults are those of {@code extract --no-nlp}. */
  public static final class Builder {
    private Pipeline pipeline = Pipeline.builder().build();
    private String base = Iris.DEFAULT_BASE;
    private boolean stream;

    /** The pipeline to time (its stages are timed through a listener added per pass). */
    public Builder pipeline(Pipeline p) {
      this.pipeline = Objects.requireNonNull(p);
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
