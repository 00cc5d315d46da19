package io.notegraph.cli;

import io.notegraph.diag.Diagnostics;
import io.notegraph.link.LinkedCorpus;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a command gets a linked corpus from: ingest, parse, nlp and link over the given paths (the
 * bundled samples when the list is empty). Commands take one so tests can hand them a corpus built
 * by hand. Implementations must be safe to call from one thread at a time.
 */
@FunctionalInterface
public interface CorpusSource {
  LinkedCorpus link(List<Path> paths, Diagnostics diagnostics);
}
