package io.notegraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.link.LinkedCorpus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static SourceDocument note(String name, String text) {
    return new SourceDocument(
        name, URI.create("file:///notes/" + name), text, StandardCharsets.UTF_8, List.of());
  }

  private static final List<SourceDocument> NOTES =
      List.of(
          note(
              "2024-03-05.md",
              """
          # Podman Community Meeting
          ## March 5, 2024 11:00 a.m. Eastern (UTC-5)
          ### Attendees
          Ada Quill, Birk Tamsen
          ## Volumes in practice
          ### Ada Quill
          """),
          note(
              "2024-04-02.md",
              """
          # Podman Community Meeting
          ## April 2, 2024 11:00 a.m. Eastern (UTC-4)
          ### Attendees
          Birk Tamsen, Cleo Varga
          """));

  @Test
  void stagesAreAnnouncedInOrderAndEveryNoteIsReportedParsedThenAnnotated() {
    List<String> events = new ArrayList<>();
    StageListener listener =
        new StageListener() {
          @Override
          public void started(Stage stage) {
            events.add("start " + stage);
          }

          @Override
          public void finished(Stage stage) {
            events.add("end " + stage);
          }
        };
    List<String> progress = new ArrayList<>();
    LinkedCorpus corpus =
        Pipeline.builder()
            .listener(listener)
            .parallel(false)
            .build()
            .run(NOTES, new Diagnostics(), progress::add);

    assertThat(events)
        .containsExactly(
            "start PARSE", "end PARSE", "start NLP", "end NLP", "start LINK", "end LINK");
    assertThat(progress)
        .containsExactly("2024-03-05.md", "2024-04-02.md", "2024-03-05.md", "2024-04-02.md");
    assertThat(corpus.notes())
        .extracting(n -> n.annotated().note().time().date().toString())
        .containsExactly("2024-03-05", "2024-04-02");
  }

  @Test
  void inParallelTheNotesKeepTheirInputOrder() {
    List<String> dates =
        Pipeline.builder().build().annotate(NOTES, new Diagnostics(), name -> {}).stream()
            .map(a -> a.document().name())
            .toList();
    assertThat(dates).containsExactly("2024-03-05.md", "2024-04-02.md");
  }
}
