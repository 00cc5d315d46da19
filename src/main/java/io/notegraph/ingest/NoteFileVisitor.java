package io.notegraph.ingest;

import io.notegraph.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * Collects note files under one folder. Every failure is reported and the walk goes on: one
 * unreadable folder must not hide the rest of the notes. Not thread-safe (one walk).
 */
final class NoteFileVisitor extends SimpleFileVisitor<Path> {
  private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".txt");

  private final Path root;
  private final List<InputNames.Candidate> into;
  private final Diagnostics diagnostics;

  NoteFileVisitor(Path root, List<InputNames.Candidate> into, Diagnostics diagnostics) {
    this.root = root;
    this.into = into;
    this.diagnostics = diagnostics;
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    // .git, .github, editor folders: never notes. The root itself is taken even if hidden.
    return !dir.equals(root) && isHidden(dir)
        ? FileVisitResult.SKIP_SUBTREE
        : FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    if (isHidden(file) || !isNote(file)) return FileVisitResult.CONTINUE;
    if (!attrs.isRegularFile()) {
      // The walk follows links; a link it could not follow arrives here as the link itself.
      if (attrs.isSymbolicLink()) diagnostics.warn(file.toString(), 0, brokenLink(file));
      else if (attrs.isOther()) {
        diagnostics.warn(
            file.toString(), 0, "not a regular file (FIFO, socket or device), skipped");
      }
      return FileVisitResult.CONTINUE;
    }
    if (!Files.isReadable(file)) {
      diagnostics.error(file.toString(), 0, "cannot read: permission denied");
      return FileVisitResult.CONTINUE;
    }
    into.add(InputNames.found(root, file, SourceFinder.fileKey(file, attrs)));
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    if (e instanceof FileSystemLoopException) {
      diagnostics.warn(file.toString(), 0, "symbolic link loop, skipped");
    } else if (e instanceof AccessDeniedException) {
      diagnostics.error(file.toString(), 0, "cannot read: permission denied");
    } else {
      diagnostics.error(file.toString(), 0, "cannot read: " + describe(e));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, IOException e) {
    if (e != null) {
      diagnostics.error(dir.toString(), 0, "cannot list folder: " + describe(e));
    }
    return FileVisitResult.CONTINUE;
  }

  /** Why a symbolic link could not be followed: a loop, or a target that is not there. */
  private static String brokenLink(Path link) {
    try {
      link.toRealPath();
      return "symbolic link could not be followed, skipped";
    } catch (FileSystemLoopException e) {
      return "symbolic link loop, skipped";
    } catch (NoSuchFileException e) {
      return "symbolic link to a missing file, skipped";
    } catch (IOException e) {
      // Linux says ELOOP as "Too many levels of symbolic links" in a plain FileSystemException.
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      return m.contains("levels of symbolic links")
          ? "symbolic link loop, skipped"
          : "symbolic link could not be followed, skipped";
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isNote(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static String describe(IOException e) {
    return e.getMessage() != null
        ? e.getClass().getSimpleName() + " " + e.getMessage()
        : e.getClass().getSimpleName();
  }
}
