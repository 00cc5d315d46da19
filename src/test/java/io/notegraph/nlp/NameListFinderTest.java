package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People named where notes keep people but no list names them: owners after a title, lists beside a
 * known person, "X and I", @handles. Fictional people only.
 */
class NameListFinderTest {
  private static final Recognizer RECOGNIZER = Recognizer.builder().withoutModel().build();

  private static List<String> people(String text, String... attendees) {
    return RECOGNIZER.find(Notes.doc(text), Notes.prose(text, attendees)).stream()
        .filter(m -> m.type() == EntityType.PERSON)
        .map(Mention::text)
        .toList();
  }

  @Test
  void ownersInParenthesesAfterABoldTitleArePeople() {
    assertThat(people("**lantern wicks (Wenonah, Olek)**\n\n- no updates.\n"))
        .containsExactly("Wenonah", "Olek");
    assertThat(people("~~**sail repair (tarvo-k)**~~\n")).containsExactly("tarvo-k");
  }

  @Test
  void aParenthesisedWordThatIsEnglishOrCapitalsIsNoOwner() {
    assertThat(people("**lantern wicks (Draft)**\n")).isEmpty();
    assertThat(people("## lantern wicks (WIP)\n")).isEmpty();
    assertThat(people("## lantern wicks (mild)\n")).isEmpty();
    assertThat(people("Lantern wicks (Wenonah) are in prose, not a title.\n")).isEmpty();
  }

  @Test
  void ownersClosingAListItemThatTitlesASubListArePeople() {
    String text =
        "* [ ] wick trimming (tarvo-k)\n"
            + "    - shorter wicks\n"
            + "* [ ] sail repair (Wenonah)\n"
            + "    - no update\n"
            + "* [ ] a lone item (Draft)\n";
    assertThat(people(text)).containsExactly("tarvo-k", "Wenonah");
  }

  @Test
  void aParenthesisInAnItemWithoutASubListIsNoOwner() {
    assertThat(people("* [ ] wick trimming (tarvo-k)\n* [ ] sail repair\n")).isEmpty();
  }

  @Test
  void namesListedBesideAKnownPersonArePeople() {
    assertThat(people("Only Wenonah, qzarvel, Olek, + Tarvo were free that day.\n", "Olek Vance"))
        .containsExactly("Wenonah", "qzarvel", "Olek", "Tarvo");
  }

  @Test
  void aWordThatEndsAListBesideAKnownPersonIsNoName() {
    assertThat(people("Olek and Wenonah, thx for the links.\n", "Olek Vance"))
        .doesNotContain("thx");
  }

  @Test
  void theSubjectOfXAndIIsAPersonButNotInTheMiddleOfASentence() {
    assertThat(people("- qzarvel and I paired on the lint.\n")).containsExactly("qzarvel");
    assertThat(people("We did not build the whole Brindle and I think that is fine.\n")).isEmpty();
  }

  @Test
  void atHandlesArePeopleButNotInCodeOrAsCapitalisedWords() {
    assertThat(people("cc @qzarvel and r? @tarvo-k\n")).containsExactly("qzarvel", "tarvo-k");
    assertThat(people("use `#[derive(@Lantern)]` here\n")).isEmpty();
    assertThat(people("@Owner, please ask @Liaison\n")).isEmpty();
    assertThat(people("ping @lantern-org/wick-team\n")).isEmpty();
  }
}
