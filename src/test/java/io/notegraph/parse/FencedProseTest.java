package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FencedProseTest {
  @Test
  void aFencedSummaryWithoutSpeakersIsTextOfTheMeeting() {
    MeetingNote n =
        Notes.parse(
            """
        # Sprocket sync 2031-08-05

        ## Storage

        ```
        We talked about the storage driver and how the new cache behaves on slow disks.
        Ines will compare both drivers before the next release of the project.
        ```
        """);
    assertThat(n.segments())
        .anyMatch(
            s ->
                s.kind() == TextSegment.SegmentKind.PROSE
                    && s.sectionIndex() == 1
                    && s.range().line() == 6);
  }

  @Test
  void commandsConfigAndCodeStayCode() {
    assertThat(ProseBlock.isProse("$ sprocket run --rm alpine echo hello world again\n")).isFalse();
    assertThat(ProseBlock.isProse("image: example/sprocket\nreplicas: 3\n")).isFalse();
    assertThat(ProseBlock.isProse("fn main() {\n    println!(\"hello\");\n}\n")).isFalse();
    assertThat(ProseBlock.isProse("--- a/file\n+++ b/file\n")).isFalse();
    assertThat(ProseBlock.isProse("The meeting agreed that the release should wait a week.\n"))
        .isTrue();
  }
}
