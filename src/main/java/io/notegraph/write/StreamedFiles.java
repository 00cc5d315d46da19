package io.notegraph.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.atlas.io.Writer2;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the streamed formats (Turtle and TriG blocks, N-Triples, N-Quads) from ONE emission: the
 * source runs once in the calling thread and its events are handed, in chunks, to one writer thread
 * per file. Emitting the quads is a large share of the streamed write CPU (docs/BENCHMARKS.md), and
 * it used to run once per file. Every writer sees exactly the event sequence it saw before (same
 * order, same Node objects), so the bytes do not change. A failure in the source or in any writer
 * fails the whole write (temp files are removed by {@link OutputWriter#atomically}). Thread-safe;
 * each call uses its own threads.
 */
final class StreamedFiles {
  /** One output file. */
  record Target(RdfFormat format, Path path) {}

  // Events per chunk and chunks in flight per writer: enough to keep both cores busy, little
  // memory (a chunk holds references to quads the emitter made anyway).
  private static final int CHUNK = 4096;
  private static final int IN_FLIGHT = 8;
  private static final Object[] END = new Object[0];
  private static final Object[] ABORT = new Object[0];

  private StreamedFiles() {}

  /** Writes every target from one run of {@code source}; results in the targets' order. */
  static List<OutputWriter.Written> write(Consumer<StreamRDF> source, List<Target> targets) {
    List<List<Target>> jobs = jobs(targets);
    List<BlockingQueue<Object[]>> queues = new ArrayList<>();
    List<Future<List<OutputWriter.Written>>> writers = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            jobs.size(),
            r -> {
              Thread t = new Thread(r, "notegraph-write");
              t.setDaemon(true);
              return t;
            });
    try {
      for (List<Target> job : jobs) {
        BlockingQueue<Object[]> q = new ArrayBlockingQueue<>(IN_FLIGHT);
        queues.add(q);
        writers.add(
            pool.submit(
                () -> job.size() == 2 ? writeTwin(job, q) : List.of(writeOne(job.get(0), q))));
      }
      Fanout fanout = new Fanout(queues);
      try {
        source.accept(fanout);
        fanout.ship();
        fanout.send(END);
      } catch (RuntimeException | Error e) {
        fanout.send(ABORT);
        awaitQuietly(writers);
        throw e;
      }
      Map<Path, OutputWriter.Written> done = new HashMap<>();
      for (Future<List<OutputWriter.Written>> w : writers) {
        for (OutputWriter.Written written : await(w)) done.put(written.path(), written);
      }
      return targets.stream().map(t -> done.get(t.path())).toList();
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The writer threads' jobs: Turtle and TriG blocks together when both are wanted (one thread,
   * each block formatted once: {@link TwinBlockWriter}), every other file on its own.
   */
  private static List<List<Target>> jobs(List<Target> targets) {
    Target ttl = null;
    Target trig = null;
    for (Target t : targets) {
      if (t.format() == RdfFormat.TTL) ttl = t;
      if (t.format() == RdfFormat.TRIG) trig = t;
    }
    boolean twin = ttl != null && trig != null;
    List<List<Target>> jobs = new ArrayList<>();
    for (Target t : targets) {
      if (twin && t == ttl) jobs.add(List.of(ttl, trig));
      else if (!twin || t != trig) jobs.add(List.of(t));
    }
    return jobs;
  }

  private static OutputWriter.Written writeOne(Target t, BlockingQueue<Object[]> queue)
      throws InterruptedException {
    boolean[] ended = {false};
    try {
      boolean changed =
          OutputWriter.atomically(
              t.path(),
              out -> {
                RdfFormat f = t.format();
                Utf8CharSink sink = new Utf8CharSink(out);
                StreamRDF writer = writerFor(f.streaming(), sink);
                if (writer == null) {
                  sink = null;
                  writer = StreamRDFWriter.getWriterStream(out, f.streaming());
                }
                replayAll(queue, f.quads() ? writer : new DefaultGraphOnly(writer), ended);
                if (sink != null) sink.finish();
              });
      return new OutputWriter.Written(t.path(), changed);
    } finally {
      drainQuietly(queue, ended);
    }
  }

  /** Turtle and TriG (in that order in {@code job}) from one {@link TwinBlockWriter}. */
  private static List<OutputWriter.Written> writeTwin(
      List<Target> job, BlockingQueue<Object[]> queue) throws InterruptedException {
    boolean[] ended = {false};
    try {
      List<Boolean> changed =
          OutputWriter.atomically(
              List.of(job.get(0).path(), job.get(1).path()),
              outs -> {
                Utf8CharSink ttl = new Utf8CharSink(outs.get(0));
                Utf8CharSink trig = new Utf8CharSink(outs.get(1));
                replayAll(queue, new TwinBlockWriter(ttl, trig), ended);
                ttl.finish();
                trig.finish();
              });
      return List.of(
          new OutputWriter.Written(job.get(0).path(), changed.get(0)),
          new OutputWriter.Written(job.get(1).path(), changed.get(1)));
    } finally {
      drainQuietly(queue, ended);
    }
  }

  /** Replays chunks into {@code target} until the source ends (or fails: then throws). */
  private static void replayAll(BlockingQueue<Object[]> queue, StreamRDF target, boolean[] ended)
      throws IOException {
    while (true) {
      Object[] chunk = take(queue);
      if (chunk == END || chunk == ABORT) {
        ended[0] = true;
        if (chunk == ABORT) throw new IOException("emission failed");
        return;
      }
      replay(chunk, target);
    }
  }

  /** A writer that failed keeps taking chunks, so the source never blocks on a full queue. */
  private static void drainQuietly(BlockingQueue<Object[]> queue, boolean[] ended)
      throws InterruptedException {
    while (!ended[0]) {
      Object[] chunk = queue.take();
      ended[0] = chunk == END || chunk == ABORT;
    }
  }

  /**
   * The writer {@code StreamRDFWriter.getWriterStream} would make for {@code format}, printing into
   * {@code sink} instead of a locked {@code BufferedWriter} (Turtle/TriG) or Jena's {@code
   * BufferingWriter} and a second {@code OutputStreamWriter} pass (N-Triples/N-Quads); null for a
   * format without such a writer here.
   */
  private static StreamRDF writerFor(RDFFormat format, Utf8CharSink sink) {
    if (format == RDFFormat.TURTLE_BLOCKS || format == RDFFormat.TRIG_BLOCKS) {
      return new BlockWriter(sink);
    }
    if (format == RDFFormat.NTRIPLES_UTF8 || format == RDFFormat.NQUADS_UTF8) {
      return new WriterStreamRDFPlain(Writer2.wrapNoBuffer(sink), CharSpace.UTF8);
    }
    return null;
  }

  private static Object[] take(BlockingQueue<Object[]> queue) throws IOException {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing");
    }
  }

  @SuppressWarnings("unchecked")
  private static void replay(Object[] chunk, StreamRDF s) {
    for (Object e : chunk) {
      if (e instanceof Quad q) s.quad(q);
      else if (e instanceof Triple t) s.triple(t);
      else ((Consumer<StreamRDF>) e).accept(s);
    }
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) throw r;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    }
  }

  private static void awaitQuietly(List<? extends Future<?>> writers) {
    for (Future<?> w : writers) {
      try {
        w.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        // the source's own failure is the one reported
      }
    }
  }

  /** Collects the source's events into chunks and gives every chunk to every writer. */
  private static final class Fanout implements StreamRDF {
    private final List<BlockingQueue<Object[]>> queues;
    private Object[] chunk = new Object[CHUNK];
    private int used;

    Fanout(List<BlockingQueue<Object[]>> queues) {
      this.queues = queues;
    }

    private void add(Object event) {
      chunk[used++] = event;
      if (used == CHUNK) ship();
    }

    void ship() {
      if (used == 0) return;
      Object[] full = used == CHUNK ? chunk : Arrays.copyOf(chunk, used);
      chunk = new Object[CHUNK];
      used = 0;
      send(full);
    }

    void send(Object[] c) {
      try {
        for (BlockingQueue<Object[]> q : queues) q.put(c);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing", e);
      }
    }

    @Override
    public void start() {
      add((Consumer<StreamRDF>) StreamRDF::start);
    }

    @Override
    public void triple(Triple triple) {
      add(triple);
    }

    @Override
    public void quad(Quad quad) {
      add(quad);
    }

    @Override
    public void base(String base) {
      add((Consumer<StreamRDF>) s -> s.base(base));
    }

    @Override
    public void prefix(String prefix, String iri) {
      add((Consumer<StreamRDF>) s -> s.prefix(prefix, iri));
    }

    @Override
    public void version(String version) {
      add((Consumer<StreamRDF>) s -> s.version(version));
    }

    @Override
    public void finish() {
      add((Consumer<StreamRDF>) StreamRDF::finish);
    }
  }

  /** Triple formats get every quad as a triple (the union; repeats across graphs stay). */
  private static final class DefaultGraphOnly extends StreamRDFWrapper {
    DefaultGraphOnly(StreamRDF other) {
      super(other);
    }

    @Override
    public void quad(Quad q) {
      super.triple(q.asTriple());
    }
  }
}
