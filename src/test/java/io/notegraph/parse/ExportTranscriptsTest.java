package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Transcripts and chats as meeting tools export them and users paste them: Otter's "Name 0:03"
 * turns without a fence, the transcript tab of Gemini notes ("### 00:00:00" marks, "**Name:**"
 * turns), Discord's "Name — 05/06/2025 6:01 PM" chat, captions that are only time stamps.
 */
class ExportTranscriptsTest {
  @Test
  void otterTurnsPastedWithoutAFenceAreATranscriptAndItsUnnamedVoicesNobody() {
    MeetingNote n =
        Notes.parse(
            """
            Alder Planning
            Mon, Feb 3, 2025 9:00AM • 25:13

            SPEAKERS

            Kofi Asante, Lena Vogel, Speaker 2

            Kofi Asante  0:02
            Morning all, short agenda today.

            Speaker 2  0:40
            Can I ask about the beta?

            Lena Vogel  1:12
            The beta ships on Friday.

            Transcribed by https://otter.ai
            """);
    assertThat(n.title()).isEqualTo("Alder Planning");
    assertThat(Notes.names(n.attendees())).containsExactly("Kofi Asante", "Lena Vogel");
    assertThat(n.transcript())
        .extracting(u -> u.speaker().name())
        .containsExactly("Kofi Asante", "Lena Vogel");
    assertThat(n.transcript().get(1).at()).isEqualTo(Duration.ofSeconds(72));
    assertThat(n.layoutSignals()).contains("speaker-stamp-turns", "attendees-speakers");
  }

  @Test
  void timeMarkHeadingsInsideATranscriptTabOpenNoTalk() {
    MeetingNote n =
        Notes.parse(
            """
            # Birch sync 2025-04-01

            ## Release

            Notes on the release.

            # 📖 Transcript

            ### 00:00:00

            **Rosa Lind:** Hello everyone, let us start.

            **Omar Said:** Hi Rosa.

            ### 00:03:10

            **Rosa Lind:** The release is on track.
            """);
    assertThat(n.sections()).extracting(AgendaSection::title).containsExactly("Release");
    assertThat(n.transcript())
        .extracting(u -> u.speaker().name())
        .contains("Rosa Lind", "Omar Said");
    assertThat(n.layoutSignals()).contains("transcript-stamp-heading");
  }

  @Test
  void discordChatHeadersGiveTheSenders() {
    MeetingNote n =
        Notes.parse(
            """
            # Cedar call 2025-05-06

            ```
            Yara Costa — 05/06/2025 6:01 PM
            hello all
            dev.ilya — Today at 6:03 PM
            the build is green again
            Yara Costa — 05/06/2025 6:04 PM
            great
            ```
            """);
    assertThat(n.chat())
        .extracting(m -> m.sender().name())
        .containsExactly("Yara Costa", "dev.ilya", "Yara Costa");
    assertThat(n.chat().get(1).text()).isEqualTo("the build is green again");
  }

  @Test
  void captionsWithOnlyTimeStampsAreTextWithoutSpeakers() {
    MeetingNote n =
        Notes.parse(
            """
            # Cedar call 2025-05-06

            ## Captions

            ```
            0:00
            welcome to the cedar call
            0:05
            first the release of cedar two
            ```
            """);
    assertThat(n.transcript()).isEmpty();
    assertThat(n.chat()).isEmpty();
    assertThat(n.segments()).isNotEmpty();
  }
}
