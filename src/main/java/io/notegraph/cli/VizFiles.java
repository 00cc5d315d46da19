package io.notegraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;

/** Reading a graph file and writing a result file, shared by {@code viz} and {@code export}. */
final class VizFiles {
  private VizFiles() {}

  /**
   * The default graph plus every named graph of {@code file}, in whatever RDF syntax its extension
   * names (TriG and N-Quads carry named graphs, the others only a default graph).
   */
  static Model loadUnion(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(
          "no such file: " + file + " (run `notegraph extract` first, or name a graph file)");
    }
    try {
      Dataset ds = RDFDataMgr.loadDataset(file.toString());
      return ModelFactory.createDefaultModel().add(ds.getDefaultModel()).add(ds.getUnionModel());
    } catch (RiotException e) {
      throw new UserError(file + ": " + e.getMessage());
    }
  }

  /** Writes {@code text} as UTF-8 to a temporary file beside {@code target}, then moves it over. */
  static void writeAtomically(Path target, String text) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      readableByAll(tmp); // temp files are created owner-only; the result is a normal file
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void readableByAll(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
