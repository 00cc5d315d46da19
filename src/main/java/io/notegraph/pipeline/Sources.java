package io.notegraph.pipeline;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.BundledSamples;
import io.notegraph.ingest.InputFile;
import io.notegraph.ingest.SourceDecoder;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.ingest.SourceFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loads the documents a command works on: the given paths, or the bundled samples. */
public final class Sources {
  private Sources() {}

  /** Finds and decodes (in parallel) every note under {@code paths}; samples when empty. */
  public static List<SourceDocument> load(List<Path> paths, Diagnostics diag) {
    SourceDecoder decoder = new SourceDecoder();
    if (paths == null || paths.isEmpty()) return BundledSamples.load(decoder, diag);
    List<InputFile> files = new SourceFinder().find(paths, diag);
    return files.parallelStream()
        .map(f -> read(decoder, f, diag))
        .flatMap(Optional::stream)
        .toList();
  }

  /** As in {@link Pipeline#annotate}: a bug in decoding one file must not cost the rest. */
  private static Optional<SourceDocument> read(SourceDecoder decoder, InputFile f, Diagnostics d) {
    try {
      return decoder.read(f, d);
    } catch (RuntimeException e) {
      d.error(
          f.name(),
          0,
          "internal error while decoding this file ("
              + e
              + "); please report it. The file was skipped");
      return Optional.empty();
    }
  }
}
