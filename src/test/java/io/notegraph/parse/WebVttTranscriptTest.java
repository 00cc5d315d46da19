package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebVttTranscriptTest {
  private static final String VTT =
      """
      WEBVTT

      1
      00:00:01.000 --> 00:00:04.500
      Tia Unger (Acme Labs LLC): Good morning, everyone.

      2
      00:00:05.250 --> 00:00:07.000 align:start
      and welcome to the meeting.

      3
      00:01:02.000 --> 00:01:04.000
      Uli Voss: Thanks, Tia.
      """;

  @Test
  void everyLabelledCueIsATurnStartingAtTheCue() {
    LogFixture f = LogFixture.parse(VTT, "Recording");
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.TRANSCRIPT);
    assertThat(f.speakers()).containsExactly("Tia Unger", "Uli Voss");
    assertThat(f.block().transcript())
        .extracting(Utterance::at)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(62));
  }

  @Test
  void theOrganizationInParenthesesIsSplitOff() {
    LogFixture f = LogFixture.parse(VTT);
    NameRef tia = f.block().transcript().get(0).speaker();
    assertThat(tia.organization()).isEqualTo("Acme Labs LLC");
    assertThat(f.text(tia.range())).isEqualTo("Tia Unger");
    assertThat(tia.range().line()).isEqualTo(LogFixture.FIRST_LINE + 4);
  }

  @Test
  void aCueWithoutSpeakerContinuesThePreviousTurn() {
    LogFixture f = LogFixture.parse(VTT);
    Utterance tia = f.block().transcript().get(0);
    assertThat(tia.text()).isEqualTo("Good morning, everyone.\nand welcome to the meeting.");
    assertThat(f.text(tia.range()))
        .isEqualTo(
            "Tia Unger (Acme Labs LLC): Good morning, everyone.\n\n2\n"
                + "00:00:05.250 --> 00:00:07.000 align:start\nand welcome to the meeting.");
  }

  @Test
  void voiceTagsNameTheSpeaker() {
    LogFixture f =
        LogFixture.parse(
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Vera Wolf>Hello there</v>\n\n"
                + "00:03.000 --> 00:04.000\n<v.loud Wim Xu>Hi</v>\n");
    assertThat(f.speakers()).containsExactly("Vera Wolf", "Wim Xu");
    assertThat(f.block().transcript())
        .extracting(Utterance::text)
        .containsExactly("Hello there", "Hi");
    assertThat(f.text(f.block().transcript().get(1).speaker().range())).isEqualTo("Wim Xu");
  }

  @Test
  void subRipWorksTheSameWay() {
    LogFixture f =
        LogFixture.parse(
            "1\n00:00:01,000 --> 00:00:02,000\nYan Zorn: Hello.\n\n2\n"
                + "00:00:02,500 --> 00:00:03,000\nAbe Berg: Hi.\n");
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.TRANSCRIPT);
    assertThat(f.speakers()).containsExactly("Yan Zorn", "Abe Berg");
    assertThat(f.block().transcript().get(1).at()).isEqualTo(Duration.ofMillis(2500));
  }

  @Test
  void cuesWithoutAnySpeakerAreReported() {
    LogFixture f = LogFixture.parse("WEBVTT\n\n00:01.000 --> 00:02.000\nHello there\n");
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.TRANSCRIPT);
    assertThat(f.block().transcript()).isEmpty();
    assertThat(f.diagnostics()).hasSize(1);
    assertThat(f.diagnostics().get(0).line()).isEqualTo(LogFixture.FIRST_LINE + 3);
  }

  @Test
  void zoomTextTranscriptsBracketTheSpeaker() {
    LogFixture f =
        LogFixture.parse(
            "[Cal Dorn] 00:02:15\nHello everyone.\nSecond line.\n\n"
                + "[Dee Eng] 00:02:40 Hi Cal.\n");
    assertThat(f.block().kind()).isEqualTo(LogBlock.Kind.TRANSCRIPT);
    assertThat(f.speakers()).containsExactly("Cal Dorn", "Dee Eng");
    assertThat(f.block().transcript())
        .extracting(Utterance::text)
        .containsExactly("Hello everyone.\nSecond line.", "Hi Cal.");
    assertThat(f.block().transcript().get(0).at()).isEqualTo(Duration.ofSeconds(135));
    assertThat(f.text(f.block().transcript().get(1).speaker().range())).isEqualTo("Dee Eng");
  }
}
