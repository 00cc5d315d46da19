package io.notegraph.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes a dataset in the requested formats as {@code <name>.<ext>}. Every file is written to a
 * temporary file in the same folder and moved into place atomically, so a crash or kill never
 * leaves a half-written output and the previous one stays until the new one is complete.
 */
public final class OutputWriter {
  private final Path dir;
  private final String name;

  public OutputWriter(Path dir, String name) {
    this.dir = dir;
    this.name = name;
  }

  /** What {@link #write} did with each file. */
  public record Written(Path path, boolean changed) {}

  public List<Written> write(DatasetGraph dataset, List<RdfFormat> formats) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output folder " + dir + ": " + e.getMessage(), e);
    }
    List<Written> written = new ArrayList<>();
    Graph union = null;
    for (RdfFormat f : formats) {
      Path target = dir.resolve(name + "." + f.extension());
      Graph g = f.quads() ? null : union == null ? (union = union(dataset)) : union;
      boolean changed = atomically(target, out -> {
        if (f.quads()) RDFWriter.source(dataset).format(f.jena()).output(out);
        else RDFWriter.source(g).format(f.jena()).output(out);
      });
      written.add(new Written(target, changed));
    }
    return written;
  }

  private static Graph union(DatasetGraph dsg) {
    Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
    g.getPrefixMapping().setNsPrefixes(dsg.prefixes() == null ? java.util.Map.of()
        : dsg.prefixes().getMapping());
    return g;
  }

  /**
   * Writes through a temp file and an atomic move. When the new bytes equal the existing file,
   * the file is left untouched (same modification time) and this returns false.
   */
  public static boolean atomically(Path target, IoConsumer<OutputStream> body) {
    Path tmp = null;
    try {
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        body.accept(out);
      }
      if (Files.exists(target) && Files.mismatch(tmp, target) == -1L) return false;
      readableByAll(tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the move succeeded or the error above is what matters
        }
      }
    }
  }

  /** Temp files are created owner-only; outputs are ordinary files (rw-r--r--). */
  private static void readableByAll(Path p) {
    try {
      Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
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
