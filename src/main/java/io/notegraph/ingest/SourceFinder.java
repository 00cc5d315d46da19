package io.notegraph.ingest;

import io.notegraph.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds note files under any mix of files and folders: recursive, {@code .md}, {@code .markdown},
 * {@code .txt}, sorted by name so runs are deterministic. Unreadable entries and symlink loops are
 * reported, not fatal.
 *
 * <p>A file named explicitly is always taken, whatever its extension, and is named by its file
 * name. Files found in a folder are named by their path relative to that folder. Hidden files and
 * folders (names starting with '.') are skipped while walking. The same file reached twice (two
 * roots, a symlink) is listed once; two different files with the same name get enough parent
 * folders prepended to tell them apart. Thread-safe (no state between calls).
 */
public final class SourceFinder {
  public List<InputFile> find(List<Path> roots, Diagnostics diagnostics) {
    List<InputNames.Candidate> candidates = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        String why =
            Files.exists(root, LinkOption.NOFOLLOW_LINKS)
                ? "broken symbolic link"
                : "no such file or directory";
        diagnostics.error(root.toString(), 0, "input not found: " + why);
      } else if (Files.isDirectory(root)) {
        walk(root, candidates, diagnostics);
      } else if (!Files.isRegularFile(root)) {
        // A pipe or device would block or never end; notes are files.
        diagnostics.error(root.toString(), 0, "not a regular file, skipped");
      } else if (!Files.isReadable(root)) {
        diagnostics.error(root.toString(), 0, "cannot read: permission denied");
      } else {
        candidates.add(InputNames.explicit(root, fileKey(root, null)));
      }
    }
    return InputNames.resolve(candidates);
  }

  private static void walk(Path root, List<InputNames.Candidate> into, Diagnostics diagnostics) {
    NoteFileVisitor visitor = new NoteFileVisitor(root, into, diagnostics);
    try {
      Files.walkFileTree(
          root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
    } catch (IOException e) {
      // The visitor never rethrows, so only an unexpected failure of the walk itself lands here.
      diagnostics.error(root.toString(), 0, "cannot list folder: " + e.getMessage());
    }
  }

  /** Identity of the underlying file: the inode where the file system has one, else real path. */
  static Object fileKey(Path path, BasicFileAttributes attrs) {
    try {
      BasicFileAttributes a =
          attrs != null ? attrs : Files.readAttributes(path, BasicFileAttributes.class);
      if (a.fileKey() != null) return a.fileKey();
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
