package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names arrive with handles and organizations still in them; they are taken apart. */
class PersonNameTest {
  @Test
  void handleInParenthesesInTheMiddle() {
    assertThat(PersonName.parse("Otto (obrandt) Brandt", null, null))
        .isEqualTo(new PersonName("Otto Brandt", "obrandt", null, null));
  }

  @Test
  void handleInQuotes() {
    assertThat(PersonName.parse("Otto 'ob' Brandt", null, null))
        .isEqualTo(new PersonName("Otto Brandt", "ob", null, null));
  }

  @Test
  void aNicknameInDoubleQuotesIsTakenOutOfTheName() {
    assertThat(PersonName.parse("Otto \"Ottie\" Brandt", null, null))
        .isEqualTo(new PersonName("Otto Brandt", null, null, "Ottie"));
    assertThat(PersonName.parse("Małgosia “Gosia” Brandt", "mbrandt", null))
        .isEqualTo(new PersonName("Małgosia Brandt", "mbrandt", null, "Gosia"));
  }

  @Test
  void organizationAfterADashOrInParentheses() {
    assertThat(PersonName.parse("Otto Brandt - Lanternworks", null, null).organization())
        .isEqualTo("Lanternworks");
    assertThat(PersonName.parse("Otto Brandt (Lanternworks Inc)", null, null).organization())
        .isEqualTo("Lanternworks Inc");
  }

  @Test
  void nonLatinNameInParenthesesIsDropped() {
    assertThat(PersonName.parse("Otto Brandt (田中)", null, null).display()).isEqualTo("Otto Brandt");
  }

  @Test
  void guestsAndListenersAreNobody() {
    assertThat(PersonName.parse("Guest 5", null, null).key()).isEmpty();
    assertThat(PersonName.parse("listener", null, null).key()).isEmpty();
  }

  @Test
  void keysIgnoreCaseAccentsPunctuationAndGluedCamelCase() {
    assertThat(PersonName.parse("Zoë O'Quill", null, null).key()).isEqualTo("zoe oquill");
    assertThat(PersonName.parse("OttoBrandt", null, null).key()).isEqualTo("otto brandt");
    assertThat(PersonName.parse("Zo√´ Quill", null, null).key()).isEqualTo("zoe quill");
  }

  @Test
  void aPossessiveIsNotPartOfTheName() {
    assertThat(PersonName.parse("Zora's", null, null).key()).isEqualTo("zora");
    assertThat(PersonName.parse("Zora Quill’s", null, null).display()).isEqualTo("Zora Quill");
  }

  @Test
  void aPhraseWithListOrHeadingWordsIsNobody() {
    assertThat(PersonName.parse("and others not noted", null, null).key()).isEmpty();
    assertThat(PersonName.parse("Lantern Future Enhancements", null, null).key()).isEmpty();
    assertThat(PersonName.parse("Otto Brandt", null, null).key()).isEqualTo("otto brandt");
  }
}
