package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers named by the label that opens a line or list item of minutes written as a discussion.
 * Invented notes, fictional people.
 */
class SpeakerLabelPeopleTest {
  private static final Recognizer RECOGNIZER = Recognizer.builder().withoutModel().build();

  private static List<String> people(String text, String... attendees) {
    return RECOGNIZER.find(Notes.doc(text), Notes.prose(text, attendees)).stream()
        .filter(m -> m.type() == EntityType.PERSON)
        .map(Mention::text)
        .distinct()
        .toList();
  }

  private static final String DISCUSSION =
      "## Questions\n\n"
          + "* Wenonah Pridmore: I think the wick should be shorter. Can we measure it first?\n"
          + "    * Related: this assumes we have a ruler.\n"
          + "* qorvendel: did you mean the outer wick? I agree with Tarn that it burns too fast.\n"
          + "* Tarn: In particular, if you trim it, the flame gets smaller.\n"
          + "* Implies: the flame is smaller for everyone.\n";

  @Test
  void aNameShapedLabelBeforeSpeechIsASpeaker() {
    assertThat(people(DISCUSSION)).contains("Wenonah Pridmore");
  }

  @Test
  void besideASpeakerALowerCaseHandleAndAWordTheNoteWritesAsANameAreSpeakersToo() {
    assertThat(people(DISCUSSION)).contains("qorvendel", "Tarn");
  }

  @Test
  void labelsThatAreWordsAreNoSpeakers() {
    assertThat(people(DISCUSSION)).doesNotContain("Related", "Implies");
  }

  @Test
  void aLabelBeforeTextThatIsNoSpeechIsNoSpeaker() {
    assertThat(people("* Zimtaro: `#[wick(short)]` instead\n* Brannoch: version 2 of the wick\n"))
        .isEmpty();
  }

  @Test
  void aLowerCaseLabelAloneOrATopicWordIsNoSpeaker() {
    assertThat(people("* qorvendel: we have coverage for this\n")).isEmpty();
    String topics =
        "* Wenonah Pridmore: I think we can ship it.\n"
            + "* prioritization: which wicks do we want first?\n";
    assertThat(people(topics)).containsExactly("Wenonah Pridmore");
  }

  @Test
  void aDefinitionThatRepeatsItsLabelIsNoSpeech() {
    assertThat(people("**Lanternor**: Lanternor is built so that we never trim by hand.\n"))
        .isEmpty();
  }

  @Test
  void aProjectLabelIsNoSpeaker() {
    assertThat(people("* Kubernetes: we run the wick controller there.\n")).isEmpty();
  }
}
