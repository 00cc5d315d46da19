package io.notegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.notegraph.diag.Diagnostic;
import io.notegraph.diag.Diagnostics;
import io.notegraph.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFinderTest {
  @TempDir Path dir;

  private final SourceFinder finder = new SourceFinder();
  private final Diagnostics diagnostics = new Diagnostics();

  private Path write(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "# " + relative + "\n");
  }

  private List<String> names(Path... roots) {
    return finder.find(List.of(roots), diagnostics).stream().map(InputFile::name).toList();
  }

  @Test
  void folderIsWalkedForNoteExtensionsAnyCase() throws IOException {
    write("notes/2024-01-09.md");
    write("notes/2023/2023-12-05.markdown");
    write("notes/2023/old/2023-01-03.TXT");
    write("notes/2023/slides.pdf");
    write("notes/README");
    write("notes/draft.Md");

    assertThat(names(dir.resolve("notes")))
        .containsExactly(
            "2023/2023-12-05.markdown", "2023/old/2023-01-03.TXT", "2024-01-09.md", "draft.Md");
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void foundFilesKeepTheirPath() throws IOException {
    Path file = write("notes/sub/a.md");

    List<InputFile> found = finder.find(List.of(dir.resolve("notes")), diagnostics);

    assertThat(found).containsExactly(new InputFile(file, "sub/a.md"));
  }

  @Test
  void hiddenFoldersAndFilesAreSkipped() throws IOException {
    write("notes/.git/COMMIT_EDITMSG.txt");
    write("notes/.github/ISSUE.md");
    write("notes/.#lock.md");
    write("notes/kept.md");

    assertThat(names(dir.resolve("notes"))).containsExactly("kept.md");
  }

  @Test
  void explicitFileIsTakenWhateverItsExtension() throws IOException {
    Path notes = write("meeting.notes");

    assertThat(names(notes)).containsExactly("meeting.notes");
  }

  @Test
  void filesAndFoldersMix() throws IOException {
    write("a/2024-02-06.md");
    write("a/sub/2024-03-05.md");
    Path single = write("b/agenda.txt");

    assertThat(names(single, dir.resolve("a")))
        .containsExactly("2024-02-06.md", "agenda.txt", "sub/2024-03-05.md");
  }

  @Test
  void explicitFilesSharingANameGetTheirFolderPrepended() throws IOException {
    Path x = write("team-x/notes.md");
    Path y = write("team-y/notes.md");

    assertThat(names(y, x)).containsExactly("team-x/notes.md", "team-y/notes.md");
  }

  @Test
  void foldersWithClashingNamesGetTheirFolderPrepended() throws IOException {
    write("2023/jan.md");
    write("2024/jan.md");
    write("2024/feb.md");

    assertThat(names(dir.resolve("2023"), dir.resolve("2024")))
        .containsExactly("2023/jan.md", "2024/jan.md", "feb.md");
  }

  @Test
  void sameFileReachedTwiceIsListedOnce() throws IOException {
    Path file = write("notes/a.md");

    List<InputFile> found = finder.find(List.of(dir.resolve("notes"), file, file), diagnostics);

    assertThat(found).extracting(InputFile::name).containsExactly("a.md");
  }

  @Test
  void symlinkToAFileInTheSameTreeIsListedOnce() throws IOException {
    Path file = write("notes/a.md");
    Files.createSymbolicLink(dir.resolve("notes/alias.md"), file);

    assertThat(names(dir.resolve("notes"))).containsExactly("a.md");
  }

  @Test
  void symlinkLoopIsReportedAndTheRestFound() throws IOException {
    write("notes/a.md");
    write("notes/sub/b.md");
    Path loop = Files.createSymbolicLink(dir.resolve("notes/sub/loop"), dir.resolve("notes"));

    List<String> found = names(dir.resolve("notes"));

    assertThat(found).containsExactly("a.md", "sub/b.md");
    assertThat(diagnostics.all())
        .containsExactly(
            new Diagnostic(Severity.WARNING, loop.toString(), 0, "symbolic link loop, skipped"));
  }

  @Test
  void fileSymlinkLoopsAndDanglingLinksInsideFoldersAreNamed() throws IOException {
    write("notes/a.md");
    Path self =
        Files.createSymbolicLink(dir.resolve("notes/self.md"), dir.resolve("notes/self.md"));
    Path ping = dir.resolve("notes/ping.md");
    Path pong = Files.createSymbolicLink(dir.resolve("notes/pong.md"), ping);
    Files.createSymbolicLink(ping, pong);
    Path dangling =
        Files.createSymbolicLink(dir.resolve("notes/gone.md"), dir.resolve("notes/absent.md"));

    assertThat(names(dir.resolve("notes"))).containsExactly("a.md");
    assertThat(diagnostics.all())
        .extracting(Diagnostic::file, Diagnostic::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(self.toString(), "symbolic link loop, skipped"),
            org.assertj.core.groups.Tuple.tuple(ping.toString(), "symbolic link loop, skipped"),
            org.assertj.core.groups.Tuple.tuple(pong.toString(), "symbolic link loop, skipped"),
            org.assertj.core.groups.Tuple.tuple(
                dangling.toString(), "symbolic link to a missing file, skipped"));
  }

  @Test
  void fifoInsideAFolderIsNamedAndSkipped() throws Exception {
    write("notes/a.md");
    Path fifo = dir.resolve("notes/pipe.md");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo unavailable");

    assertThat(names(dir.resolve("notes"))).containsExactly("a.md");
    assertThat(diagnostics.all())
        .extracting(Diagnostic::file, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                fifo.toString(), "not a regular file (FIFO, socket or device), skipped"));
  }

  @Test
  void missingRootIsAnErrorAndTheOthersAreStillFound() throws IOException {
    write("notes/a.md");
    Path missing = dir.resolve("nope");

    assertThat(names(missing, dir.resolve("notes"))).containsExactly("a.md");
    assertThat(diagnostics.all())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                missing.toString(),
                0,
                "input not found: no such file or directory"));
  }

  @Test
  void brokenSymlinkRootIsNamedAsSuch() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("absent.md"));

    assertThat(names(link)).isEmpty();
    assertThat(diagnostics.all())
        .extracting(Diagnostic::file, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                link.toString(), "input not found: broken symbolic link"));
  }

  @Test
  void unreadableFileAndFolderAreReportedAndTheRestFound() throws IOException {
    write("notes/a.md");
    Path secretFile = write("notes/secret.md");
    Path secretDir = write("notes/private/b.md").getParent();
    Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(secretDir, PosixFilePermissions.fromString("---------"));
    try {
      // Root reads everything whatever the permissions; then there is nothing to report.
      assumeFalse(Files.isReadable(secretFile), "running as root: chmod 000 does not deny");

      assertThat(names(dir.resolve("notes"))).containsExactly("a.md");
      assertThat(diagnostics.all())
          .extracting(Diagnostic::severity, Diagnostic::file)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Severity.ERROR, secretDir.toString()),
              org.assertj.core.groups.Tuple.tuple(Severity.ERROR, secretFile.toString()));
    } finally {
      Files.setPosixFilePermissions(secretDir, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void thousandsOfFilesAreFoundInNameOrder() throws IOException {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String name = String.format("batch-%d/note-%04d.md", i % 7, (i * 7919) % 3000);
      Path file = dir.resolve("many").resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "x");
      expected.add(name);
    }
    expected.sort(null);

    assertThat(names(dir.resolve("many"))).hasSize(3000).isEqualTo(expected);
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void deeplyNestedFoldersAreWalked() throws IOException {
    Path deep = dir.resolve("deep");
    StringBuilder relative = new StringBuilder();
    for (int i = 0; i < 150; i++) relative.append("d").append(i % 10).append('/');
    write("deep/" + relative + "bottom.md");

    assertThat(names(deep)).containsExactly(relative + "bottom.md");
  }

  @Test
  void resultDoesNotDependOnRootOrder() throws IOException {
    write("a/x.md");
    write("a/y.md");
    write("b/x.md");
    Path single = write("c/z.txt");

    List<InputFile> one =
        finder.find(List.of(dir.resolve("a"), dir.resolve("b"), single), diagnostics);
    List<InputFile> two =
        finder.find(List.of(single, dir.resolve("b"), dir.resolve("a")), diagnostics);

    assertThat(one).isEqualTo(two);
    assertThat(one)
        .extracting(InputFile::name)
        .containsExactly("a/x.md", "b/x.md", "y.md", "z.txt");
  }

  @Test
  void explicitNonRegularFileIsRejected() {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device), "no /dev/null on this system");

    assertThat(names(device)).isEmpty();
    assertThat(diagnostics.all())
        .containsExactly(
            new Diagnostic(Severity.ERROR, device.toString(), 0, "not a regular file, skipped"));
  }

  @Test
  void relativeRootGivesRelativeNames() throws IOException {
    write("rel/one.md");
    Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("rel"));

    assertThat(names(relative)).containsExactly("one.md");
  }
}
