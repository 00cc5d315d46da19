package io.notegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairerTest {
  private static final String MAC = "UTF-8 read as Mac Roman";
  private static final String CP1252 = "UTF-8 read as Windows-1252";

  private final MojibakeRepairer repairer = new MojibakeRepairer();

  private String repaired(String text) {
    return repairer.repair(text).text();
  }

  @Test
  void macRomanUmlautIsRepairedAndRecordedWithItsLine() {
    MojibakeRepairer.Result result = repairer.repair("# Notes\n\nAttendees: Linnea Bj√∂rk, Tom\n");

    assertThat(result.text()).isEqualTo("# Notes\n\nAttendees: Linnea Björk, Tom\n");
    assertThat(result.repairs()).containsExactly(new TextRepair(3, "Bj√∂rk", "Björk", MAC));
  }

  @Test
  void windows1252UmlautIsRepairedAndRecordedWithItsLine() {
    MojibakeRepairer.Result result = repairer.repair("Hosts:\nGreta BjÃ¶rk and RenÃ©e\n");

    assertThat(result.text()).isEqualTo("Hosts:\nGreta Björk and Renée\n");
    assertThat(result.repairs())
        .containsExactly(
            new TextRepair(2, "BjÃ¶rk", "Björk", CP1252),
            new TextRepair(2, "RenÃ©e", "Renée", CP1252));
  }

  @Test
  void oneRepairPerWordEvenWithSeveralBrokenLetters() {
    MojibakeRepairer.Result result = repairer.repair("Ond≈ôej Dvo≈ô√°k");

    assertThat(result.text()).isEqualTo("Ondřej Dvořák");
    assertThat(result.repairs())
        .extracting(TextRepair::original, TextRepair::repaired)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ond≈ôej", "Ondřej"),
            org.assertj.core.groups.Tuple.tuple("Dvo≈ô√°k", "Dvořák"));
  }

  @Test
  void wordStartingWithABrokenLetterIsRepaired() {
    assertThat(repaired("√âmile and √©tienne")).isEqualTo("Émile and étienne");
  }

  @Test
  void wholeWordsOfOtherScriptsAreRepaired() {
    byte[] utf8 = "Привет, Ελένη".getBytes(StandardCharsets.UTF_8);
    String mangled = LegacyCharset.MAC_ROMAN.decode(utf8, 0, utf8.length);

    assertThat(repaired(mangled)).isEqualTo("Привет, Ελένη");
  }

  @Test
  void latin1ControlCharactersAreUnderstood() {
    // 'Á' is C3 81; Latin-1 readers turn 0x81 into U+0081, which Windows-1252 leaves undefined.
    assertThat(repaired("Ã\u0081lvaro")).isEqualTo("Álvaro");
  }

  @Test
  void threeByteSequencesAreRepaired() {
    assertThat(repaired("Wang ä¸\u00ADæ–‡")).isEqualTo("Wang 中文");
  }

  @Test
  void wordEndingInARepairedLetterIsRepaired() {
    assertThat(repaired("from MalmÃ¶.")).isEqualTo("from Malmö.");
  }

  @Test
  void genuineAccentedLetterNextToMojibakeIsKept() {
    assertThat(repaired("Zoë BrontÃ«")).isEqualTo("Zoë Brontë");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "“élan”",
        "«Élan» and ‹Ève›",
        "CAFÉ” she said",
        "‘Ôte-toi’",
        "√2 ≈ 1.41 and x ≠ y",
        "naïve café – résumé… “quoted” — done",
        "Ã la carte",
        "São Paulo, Ærøskøbing, Łódź, Dvořák",
        "5 µm ± 2°, © 2024 ™",
        "• item\u00A0with nbsp",
        "emoji 👋 👍 and 中文",
        "Ñ’ at the end",
        "l’été et d’écrire, qu’à",
        "before—élan, 3×© and € é"
      })
  void genuineTextIsLeftAlone(String text) {
    MojibakeRepairer.Result result = repairer.repair(text);

    assertThat(result.repairs()).isEmpty();
    assertThat(result.text()).isEqualTo(text);
  }

  @Test
  void asciiTextIsReturnedAsIs() {
    String text = "Plain ASCII meeting notes\n".repeat(100);

    assertThat(repairer.repair(text).text()).isSameAs(text);
  }

  @Test
  void everyLatinLetterSurvivesBothMisreadings() {
    String letters = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿčřšžłőűęąćńśźż";
    for (LegacyCharset charset : LegacyCharset.values()) {
      for (char c : letters.toCharArray()) {
        String word = "X" + c + "y";
        byte[] utf8 = word.getBytes(StandardCharsets.UTF_8);
        String mangled = charset.decode(utf8, 0, utf8.length);

        assertThat(repaired(mangled)).as("%s via %s", word, charset).isEqualTo(word);
      }
    }
  }

  @Test
  void macRomanTableMatchesTheJdkWhereAvailable() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Charset.isSupported("x-MacRoman"));
    byte[] high = new byte[128];
    for (int i = 0; i < 128; i++) high[i] = (byte) (0x80 + i);

    assertThat(LegacyCharset.MAC_ROMAN.decode(high, 0, 128))
        .isEqualTo(new String(high, Charset.forName("x-MacRoman")));
  }

  @Test
  void windows1252TableMatchesTheJdkForDefinedBytes() {
    for (int b = 0x80; b <= 0xFF; b++) {
      byte[] one = {(byte) b};
      String jdk = new String(one, Charset.forName("windows-1252"));
      if (!jdk.equals("\uFFFD")) {
        assertThat(LegacyCharset.WINDOWS_1252.decode(one, 0, 1)).isEqualTo(jdk);
      }
    }
  }

  @Test
  void repairsComeInLineOrder() {
    List<TextRepair> repairs = repairer.repair("a √© b\n\nc Ã© d\n√∂\n").repairs();

    assertThat(repairs).extracting(TextRepair::line).containsExactly(1, 3, 4);
  }
}
