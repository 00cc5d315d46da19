package io.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.write.OutputWriter;
import io.notegraph.write.RdfFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionTest {
  @TempDir Path tmp;

  private Path notes() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(
        dir.resolve("2024-03-05.md"),
        """
        # Podman Community Meeting
        ## March 5, 2024 11:00 a.m. Eastern (UTC-5)
        ### Attendees
        Ada Quill, Birk Tamsen
        ## Volumes in practice
        ### Ada Quill
        """);
    return dir;
  }

  @Test
  void aRunWritesTurtleTrigAndTheExtraFormatsValidatedAndSaysSo() throws Exception {
    List<String> heard = new ArrayList<>();
    Extraction.Result r =
        Extraction.builder()
            .output(tmp.resolve("out"))
            .formats(List.of(RdfFormat.NT))
            .listener(
                new Extraction.Listener() {
                  @Override
                  public void loaded(int files) {
                    heard.add("loaded " + files);
                  }

                  @Override
                  public void linked() {
                    heard.add("linked");
                  }
                })
            .build()
            .run(List.of(notes()));
    assertThat(r.outcome()).isEqualTo(Extraction.Outcome.WRITTEN);
    assertThat(heard).containsExactly("loaded 1", "linked");
    assertThat(r.written())
        .extracting(w -> w.path().getFileName().toString())
        .containsExactly("notegraph.ttl", "notegraph.trig", "notegraph.nt");
    assertThat(r.layout()).isEqualTo(OutputWriter.Layout.PRETTY);
    assertThat(r.validation()).hasValueSatisfying(v -> assertThat(v.conforms()).isTrue());
    assertThat(r.changes().added()).isEqualTo(1);
    assertThat(Files.readString(tmp.resolve("out/notegraph.ttl"))).contains("Ada Quill");
  }

  @Test
  void theIndexesLaterCommandsReadLieBesideTheGraphInBothLayouts() throws Exception {
    for (OutputWriter.Layout layout : OutputWriter.Layout.values()) {
      Path out = tmp.resolve("idx-" + layout);
      Extraction.builder().output(out).layout(layout).build().run(List.of(notes()));
      assertThat(ExplainIndex.read(out.resolve(ExplainIndex.FILE)).entities())
          .containsKeys("person/ada-quill", "person/birk-tamsen");
      assertThat(Files.readString(out.resolve(NoteLocations.FILE))).contains("2024-03-05.md");
      assertThat(out.resolve(Manifest.FILE)).exists();
    }
  }

  @Test
  void aRunningNotesFileGivesOneMeetingPerDatedSectionWithItsOwnPeople() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("sig"));
    Files.writeString(
        dir.resolve("notes.md"),
        """
        # SIG Lantern Meeting Notes

        ## 2025-02-11

        **Attendees:** Ada Quill, Birk Tamsen

        **Agenda:**
        - [Birk Tamsen] Lantern 1.4 release status
        - [Ada Quill] Proposal: move CI to hosted runners

        ## 2025-01-28

        **Attendees:** Ada Quill, Dov Marr

        **Agenda:**
        - [Dov Marr] Demo: lantern-operator
        - [Ada Quill] Triage of stale issues
        """);
    Extraction.Result r = Extraction.builder().noFiles().build().run(List.of(dir));
    var notes = r.corpus().notes().stream().map(n -> n.annotated().note()).toList();
    assertThat(notes)
        .extracting(n -> n.time().date().toString())
        .containsExactly("2025-02-11", "2025-01-28");
    assertThat(notes).extracting(n -> n.series()).containsOnly("SIG Lantern Meeting");
    assertThat(notes.get(0).attendees()).extracting(a -> a.name()).contains("Birk Tamsen");
    assertThat(notes.get(1).attendees())
        .extracting(a -> a.name())
        .contains("Dov Marr")
        .doesNotContain("Birk Tamsen");
    assertThat(r.diagnostics().problems()).isEmpty();
    assertThat(notes.get(1).sections().get(0).presenters())
        .extracting(p -> p.name())
        .containsExactly("Dov Marr");
  }

  @Test
  void streamedOutputIsReportedAsNotValidated() throws Exception {
    Extraction.Result r =
        Extraction.builder()
            .output(tmp.resolve("out"))
            .layout(OutputWriter.Layout.STREAMING)
            .build()
            .run(List.of(notes()));
    assertThat(r.outcome()).isEqualTo(Extraction.Outcome.WRITTEN);
    assertThat(r.validation()).isEmpty();
    assertThat(tmp.resolve("out/notegraph.trig")).isNotEmptyFile();
  }

  @Test
  void strictWithAWarningWritesNothing() throws Exception {
    Path dir = notes();
    Files.writeString(
        dir.resolve("2024-04-02.md"), "# Podman Community Meeting\n\n```\nopen fence\n");
    Extraction.Result r =
        Extraction.builder().output(tmp.resolve("out")).strict(true).build().run(List.of(dir));
    assertThat(r.outcome()).isEqualTo(Extraction.Outcome.REFUSED_STRICT);
    assertThat(r.diagnostics().problems()).isNotEmpty();
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aFolderWithoutNotesWritesNothing() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Extraction.Result r =
        Extraction.builder().output(tmp.resolve("out")).build().run(List.of(empty));
    assertThat(r.outcome()).isEqualTo(Extraction.Outcome.NO_NOTES);
    assertThat(r.written()).isEmpty();
  }
}
