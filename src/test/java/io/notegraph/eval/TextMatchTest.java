package io.notegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMatchTest {
  @Test
  void namesMatchAcrossCaseAccentsAndPunctuation() {
    assertThat(TextMatch.sameName("Björn  Lund", "bjorn lund")).isTrue();
    assertThat(TextMatch.sameName("Ada-Quill", "ada quill")).isTrue();
    assertThat(TextMatch.sameName("@adaq", "adaq")).isTrue();
    assertThat(TextMatch.sameName("Ada Quill", "Ada Quillon")).isFalse();
  }

  @Test
  void seriesNamesMatchWithoutTrailingMeetingNotesOrAgenda() {
    assertThat(TextMatch.sameSeries("Otter Community Cabal Meeting Notes", "Otter Community Cabal"))
        .isTrue();
    assertThat(TextMatch.sameSeries("Otter Cabal Agenda", "otter cabal meeting")).isTrue();
    assertThat(TextMatch.sameSeries("Meeting", "meeting")).isTrue();
    assertThat(TextMatch.sameSeries("Otter Triage meeting", "Otter Planning meeting")).isFalse();
  }

  @Test
  void emptyNamesNeverMatch() {
    assertThat(TextMatch.sameName("", "")).isFalse();
    assertThat(TextMatch.sameName("--", "..")).isFalse();
  }

  @Test
  void textsOverlapAtHalfTheTokensByJaccard() {
    // {otter, machine, demo} vs {otter, machine, tour}: 2 of 4 distinct tokens = 0.5.
    assertThat(TextMatch.jaccard("Otter machine demo", "otter machine tour")).isEqualTo(0.5);
    assertThat(TextMatch.overlaps("Otter machine demo", "otter machine tour")).isTrue();
    // {otter, machine, demo} vs {otter, build, farm, tour}: 1 of 6.
    assertThat(TextMatch.overlaps("Otter machine demo", "Otter build farm tour")).isFalse();
  }

  @Test
  void aTextContainedInTheOtherAsWholeTokensOverlaps() {
    assertThat(TextMatch.overlaps("Otter machine", "A long demo of Otter Machine on a laptop"))
        .isTrue();
    assertThat(TextMatch.overlaps("A long demo of Otter Machine on a laptop", "otter machine"))
        .isTrue();
  }

  @Test
  void containmentInsideAWordDoesNotCount() {
    assertThat(TextMatch.overlaps("Ott", "Otter release notes and more")).isFalse();
  }

  @Test
  void versionsDropALeadingVAndCase() {
    assertThat(TextMatch.version("v2.0.1")).isEqualTo("2.0.1");
    assertThat(TextMatch.version(" 2.0-RC1 ")).isEqualTo("2.0-rc1");
    assertThat(TextMatch.version("vNext")).isEqualTo("vnext");
  }

  @Test
  void offsetsCompareAsDurations() {
    assertThat(TextMatch.seconds("PT1M30S")).contains(90L);
    assertThat(TextMatch.seconds("PT90S")).contains(90L);
    assertThat(TextMatch.seconds("PT1H2M3S")).contains(3723L);
    assertThat(TextMatch.seconds("1:30")).isEmpty();
  }
}
