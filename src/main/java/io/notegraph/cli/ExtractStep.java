package io.notegraph.cli;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A stand-in for serve's extraction (tests): notes in, quads out, every one in a named graph.
 * Wired with {@link ServeCommand#wireExtractStep}; unwired, serve runs {@link ServeLoad}.
 * Implementations need not be thread-safe; serve calls it once.
 */
@FunctionalInterface
public interface ExtractStep {
  /** Extracts the notes under {@code inputs} (none: the bundled sample notes). */
  DatasetGraph extract(Path... inputs) throws Exception;
}
