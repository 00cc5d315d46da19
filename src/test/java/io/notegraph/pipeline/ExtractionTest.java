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
