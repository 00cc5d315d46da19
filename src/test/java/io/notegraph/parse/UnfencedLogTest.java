package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnfencedLogTest {
  @Test
  void aTranscriptPastedWithoutAFenceUnderItsCaptionIsStillATranscript() {
    MeetingNote n =
        Notes.parse(
            "2031-09-09.md",
            """
        # Widget Community Meeting

        ## Storage update - Ana Ruiz

        Ana showed the new cache.

        ## Raw Meeting Transcript

        Ana Ruiz: Welcome everyone, let us start with storage.
        Bo Lindgren: Thanks, the numbers look good on my side.
        Ana Ruiz: Great, then we can merge it this week.
        """,
            new io.notegraph.diag.Diagnostics());
    assertThat(n.transcript())
        .extracting(u -> u.speaker().name())
        .containsExactly("Ana Ruiz", "Bo Lindgren", "Ana Ruiz");
    assertThat(n.segments()).anyMatch(s -> s.kind() == TextSegment.SegmentKind.TRANSCRIPT);
  }

  @Test
  void anIrcLogPastedWithoutAFenceUnderAChatCaption() {
    MeetingNote n =
        Notes.parse(
            "2031-09-16.md",
            """
        # Widget Community Meeting

        ## IRC chat

        [14:02] <wquist> morning all
        [14:03] <zoltan> the release branch is cut
        """,
            new io.notegraph.diag.Diagnostics());
    assertThat(n.chat()).extracting(m -> m.sender().name()).containsExactly("wquist", "zoltan");
  }
}
