package io.notegraph.cli;

import java.nio.file.Path;

/**
 * The extraction pipeline as {@code serve} sees it: notes in, TriG file out. Wired with {@link
 * ServeCommand#wireExtractStep}. Implementations need not be thread-safe; serve calls it once.
 */
@FunctionalInterface
public interface ExtractStep {
  /**
   * Extracts the notes under {@code inputs} (none: the bundled sample notes) and returns the path
   * of the written {@code notegraph.trig}.
   */
  Path extract(Path... inputs) throws Exception;
}
