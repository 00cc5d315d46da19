package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalkLayoutsTest {
  private static final MeetingNote NOTE =
      Notes.parse(Path.of("src/test/resources/parse/talk-layouts.md"), new Diagnostics());

  private static List<String> talks() {
    return NOTE.sections().stream()
        .map(
            s ->
                s.title()
                    + " | "
                    + String.join("+", Notes.names(s.presenters()))
                    + " | "
                    + (s.offset() == null ? "" : s.offset().toString()))
        .toList();
  }

  @Test
  void presentersAndOffsetsInAnyOrderOnHeadingsBelowATopicsCaption() {
    assertThat(talks())
        .containsExactly(
            "Sprocket storage sharing | Ana Ruiz+Bo Lindgren | PT45S",
            "Widget 7 schedule | Chidi Okafor | PT12M10S",
            "Gizmo chat bridges - pick one chat platform? | Chidi Okafor | PT20M",
            "Rootless gizmos | Dana Whitfield | PT25M3S",
            "Gizmo demonstration | Bo Lindgren | PT31M16S",
            "Open discussion |  | PT40M20S");
  }

  @Test
  void aLinkedOffsetIsAnOffsetNotSlides() {
    assertThat(NOTE.sections().get(3).offset()).isEqualTo(Duration.ofSeconds(25 * 60 + 3));
    assertThat(NOTE.sections().get(3).slides()).isEmpty();
  }
}
