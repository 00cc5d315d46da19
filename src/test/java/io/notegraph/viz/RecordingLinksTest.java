package io.notegraph.viz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordingLinksTest {
  @Test
  void youtubeWatchLinkGetsAmpersandT() {
    assertThat(RecordingLinks.at("https://www.youtube.com/watch?v=abc", 170))
        .isEqualTo("https://www.youtube.com/watch?v=abc&t=170s");
  }

  @Test
  void youtubeShortLinkGetsQuestionMarkT() {
    assertThat(RecordingLinks.at("https://youtu.be/abc", 170))
        .isEqualTo("https://youtu.be/abc?t=170");
  }

  @Test
  void otherHostsKeepTheirUrl() {
    assertThat(RecordingLinks.at("https://meet.example.org/r.mp4", 170))
        .isEqualTo("https://meet.example.org/r.mp4");
  }

  @Test
  void durationsBecomeSecondsAndClockText() {
    assertThat(RecordingLinks.seconds("PT2M50S")).contains(170L);
    assertThat(RecordingLinks.seconds("P1Y")).isEmpty();
    assertThat(RecordingLinks.clock(170)).isEqualTo("2:50");
    assertThat(RecordingLinks.clock(3723)).isEqualTo("1:02:03");
  }
}
