package io.notegraph.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes a dataset in the requested formats as {@code <name>.<ext>}. Every file is written to a
 * temporary file in the same folder and moved into place atomically, so a crash or kill never
 * leaves a half-written output and the previous one stays until the new one is complete. Temp files
 * a killed run left behind ({@code .<name>.*.tmp}) are removed by the next write. Formats are
 * written in parallel (one file per thread). Thread-safe; holds no state but its folder.
 *
 * <pre>{@code
 * new OutputWriter(dir, "notegraph").write(s -> emitter.emit(corpus, s), formats,
 *     OutputWriter.Layout.forInput(chars));
 * }</pre>
 */
public final class OutputWriter {
  private static final long PID = ProcessHandle.current().pid();
  private final Path dir;
  private final String name;

  public OutputWriter(Path dir, String name) {
    this.dir = dir;
    this.name = name;
  }

  /** What {@link #write} did with each file. */
  public record Written(Path path, boolean changed) {}

  /**
   * How files are laid out. Pretty output groups and nests per subject and needs the whole graph in
   * memory; streaming output is written as the quads are emitted (same order every run, so just as
   * deterministic), in flat memory and a fraction of the time.
   */
  public enum Layout {
    PRETTY,
    STREAMING;

    /**
     * Input text (chars) above which {@link #forInput} streams: a little above the Podman corpus
     * (42 notes). Pretty Turtle and TriG and the in-memory SHACL check that comes with them cost
     * more than streaming and grow faster with the input (figures in docs/BENCHMARKS.md).
     */
    public static final long STREAMING_ABOVE_CHARS = 600_000;

    public static Layout forInput(long chars) {
      return chars > STREAMING_ABOVE_CHARS ? STREAMING : PRETTY;
    }
  }

  /**
   * Writes what {@code source} emits in every format. The source runs once for all streamed files
   * (their writers share one emission, see {@link StreamedFiles}) and once more when some format is
   * written from memory, so it must emit the same quads every time. Formats without a streaming
   * writer (JSON-LD, RDF/XML) are always written pretty from one in-memory copy.
   */
  public List<Written> write(Consumer<StreamRDF> source, List<RdfFormat> formats, Layout layout) {
    List<RdfFormat> inMemory =
        formats.stream().filter(f -> layout == Layout.PRETTY || f.streaming() == null).toList();
    InMemoryGraph graph = inMemory.isEmpty() ? null : InMemoryGraph.of(source);
    createFolder();
    List<RdfFormat> streaming =
        formats.stream().filter(f -> !inMemory.contains(f)).distinct().toList();
    // The streamed files are written (by their own threads) while the pretty ones are.
    CompletableFuture<List<Written>> streamed =
        streaming.isEmpty()
            ? CompletableFuture.completedFuture(List.of())
            : CompletableFuture.supplyAsync(
                () -> streamed(streaming, source),
                r -> {
                  Thread t = new Thread(r, "notegraph-emit");
                  t.setDaemon(true);
                  t.start();
                });
    Map<RdfFormat, Written> done = new EnumMap<>(RdfFormat.class);
    inMemory.parallelStream()
        .map(f -> Map.entry(f, commit(pretty(f, graph))))
        .toList()
        .forEach(e -> done.put(e.getKey(), e.getValue()));
    try {
      List<Written> files = streamed.join();
      for (int i = 0; i < files.size(); i++) done.put(streaming.get(i), files.get(i));
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
    return formats.stream().map(done::get).toList();
  }

  /** Writes {@code dataset} pretty in every format. */
  public List<Written> write(DatasetGraph dataset, List<RdfFormat> formats) {
    try (Staged staged = stage(InMemoryGraph.of(dataset), formats)) {
      return staged.commit();
    }
  }

  /**
   * Writes {@code graph} pretty in every format into temp files beside the targets, in parallel,
   * and leaves them there until {@link Staged#commit}: the caller can check the graph meanwhile
   * (extract validates it on another thread) and still never replace the old output with a graph it
   * rejects.
   */
  public Staged stage(InMemoryGraph graph, List<RdfFormat> formats) {
    createFolder();
    List<Pending> pending = new ArrayList<>();
    try {
      formats.parallelStream().map(f -> pretty(f, graph)).forEachOrdered(pending::add);
    } catch (RuntimeException e) {
      new Staged(pending).close();
      throw e;
    }
    return new Staged(pending);
  }

  /**
   * Output written to temp files, not yet in place. {@link #commit} moves every file into place;
   * {@link #close} deletes whatever was not committed. Not thread-safe.
   */
  public static final class Staged implements AutoCloseable {
    private final List<Pending> pending;
    private boolean committed;

    private Staged(List<Pending> pending) {
      this.pending = List.copyOf(pending);
    }

    /** Moves every file into place (each atomically) and says which ones changed. */
    public List<Written> commit() {
      committed = true;
      return pending.stream().map(OutputWriter::commit).toList();
    }

    @Override
    public void close() {
      if (!committed) pending.forEach(p -> deleteQuietly(p.tmp()));
    }
  }

  /** A finished temp file and the file it is meant to replace. */
  private record Pending(Path tmp, Path target) {}

  // Concurrent readers of an in-memory graph that nobody writes to are safe.
  private Pending pretty(RdfFormat f, InMemoryGraph graph) {
    Path target = dir.resolve(name + "." + f.extension());
    return new Pending(
        writeTemp(
            target,
            out -> {
              if (f == RdfFormat.TTL || f == RdfFormat.TRIG) {
                // Jena's pretty writers with cheaper plumbing (same bytes; see PrettyWriter).
                Utf8CharSink sink = new Utf8CharSink(out);
                if (f == RdfFormat.TTL) PrettyWriter.turtle(graph.union(), sink);
                else PrettyWriter.trig(graph.dataset(), sink);
                sink.finish();
              } else if (f.quads()) {
                RDFWriter.source(graph.dataset()).format(f.jena()).output(out);
              } else {
                RDFWriter.source(graph.union()).format(f.jena()).output(out);
              }
            }),
        target);
  }

  private static Written commit(Pending p) {
    try {
      return new Written(p.target(), replace(p.tmp(), p.target()));
    } finally {
      deleteQuietly(p.tmp());
    }
  }

  private List<Written> streamed(List<RdfFormat> formats, Consumer<StreamRDF> source) {
    return StreamedFiles.write(
        source,
        formats.stream()
            .map(f -> new StreamedFiles.Target(f, dir.resolve(name + "." + f.extension())))
            .toList());
  }

  private void createFolder() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create output folder " + dir + ": " + e.getMessage(), e);
    }
    removeStaleTempFiles();
  }

  /**
   * Deletes {@code .<name>.*.tmp} files a killed earlier run left behind. Temp files carry the
   * writer's process id, so a file is stale when that process is gone (or is this one, which is not
   * writing yet); a run writing into the same folder right now keeps its own. Temp files without a
   * process id count as stale when older than this process.
   */
  public List<Path> removeStaleTempFiles() {
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(dir)) return removed;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String f = p.getFileName().toString();
        if (!f.startsWith("." + name + ".") || !f.endsWith(".tmp")) continue;
        try {
          if (isStale(p) && Files.deleteIfExists(p)) removed.add(p);
        } catch (IOException e) {
          // left for the next run: a stale temp file is clutter, not damage
        }
      }
    } catch (IOException e) {
      // same: cleaning up must never stop the write
    }
    return removed;
  }

  private static boolean isStale(Path tmp) throws IOException {
    String[] parts = tmp.getFileName().toString().split("\\.");
    String pid = parts.length >= 3 ? parts[parts.length - 3] : "";
    if (pid.matches("\\d{1,18}")) {
      long id = Long.parseLong(pid);
      return id == PID || ProcessHandle.of(id).map(h -> !h.isAlive()).orElse(true);
    }
    Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
    return Files.getLastModifiedTime(tmp).toInstant().isBefore(started);
  }

  /**
   * Writes through a temp file and an atomic move. When the new bytes equal the existing file, the
   * file is left untouched (same modification time) and this returns false.
   */
  public static boolean atomically(Path target, IoConsumer<OutputStream> body) {
    return commit(new Pending(writeTemp(target, body), target)).changed();
  }

  /**
   * As {@link #atomically(Path, IoConsumer)} for several files written by one body (given their
   * streams in the targets' order): every file is complete before any is moved into place. Returns,
   * per target, whether it changed.
   */
  static List<Boolean> atomically(List<Path> targets, IoConsumer<List<OutputStream>> body) {
    List<Path> tmps = new ArrayList<>();
    try {
      writeTemps(targets, new ArrayList<>(), body, tmps);
    } catch (IOException e) { // only with no targets: every other failure comes wrapped
      throw new UncheckedIOException(e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      tmps.forEach(OutputWriter::deleteQuietly);
      throw e;
    }
    java.util.Collections.reverse(tmps); // they were added innermost (last target) first
    List<Boolean> changed = new ArrayList<>();
    try {
      for (int i = 0; i < targets.size(); i++) {
        changed.add(commit(new Pending(tmps.get(i), targets.get(i))).changed());
      }
    } finally {
      tmps.forEach(OutputWriter::deleteQuietly); // those not moved, if a move failed
    }
    return changed;
  }

  private static void writeTemps(
      List<Path> targets,
      List<OutputStream> outs,
      IoConsumer<List<OutputStream>> body,
      List<Path> tmps)
      throws IOException {
    if (outs.size() == targets.size()) {
      body.accept(outs);
      return;
    }
    tmps.add(
        writeTemp(
            targets.get(outs.size()),
            out -> {
              outs.add(out);
              writeTemps(targets, outs, body, tmps);
            }));
  }

  /** Writes {@code body} to a new temp file beside {@code target}; deletes it on failure. */
  private static Path writeTemp(Path target, IoConsumer<OutputStream> body) {
    Path tmp = null;
    try {
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      // ".notegraph.ttl.<pid>.<random>.tmp": the pid tells a later run whether it is stale.
      tmp = Files.createTempFile(parent, "." + target.getFileName() + "." + PID + ".", ".tmp");
      try (OutputStream out =
          new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        body.accept(out);
      }
      return tmp;
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(tmp);
      throw e;
    }
  }

  /** Moves {@code tmp} over {@code target} unless the bytes are the same; true if it moved. */
  private static boolean replace(Path tmp, Path target) {
    try {
      if (Files.exists(target) && Files.mismatch(tmp, target) == -1L) return false;
      readableByAll(tmp);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp == null) return;
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // the move succeeded, or the error being reported is what matters
    }
  }

  /** Temp files are created owner-only; outputs are ordinary files (rw-r--r--). */
  private static void readableByAll(Path p) {
    try {
      Files.setPosixFilePermissions(
          p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: keep the default
    }
  }

  /** An output action that may fail with an I/O error. */
  @FunctionalInterface
  public interface IoConsumer<T> {
    void accept(T t) throws IOException;
  }
}
