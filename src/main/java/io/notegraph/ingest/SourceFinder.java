package io.notegraph.ingest;

import io.notegraph.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds note files under any mix of files and folders: recursive, {@code .md}, {@code .markdown},
 * {@code .txt}, sorted by name so runs are deterministic. Unreadable entries and symlink loops are
 * reported, not fatal.
 */
public final class SourceFinder {
  public List<InputFile> find(List<Path> roots, Diagnostics diagnostics) {
    throw new UnsupportedOperationException("TODO");
  }
}
