package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.parse.MeetingNote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A full name in prose links to a person another note of the corpus lists. */
class CorpusPeopleTest {
  private static final Recognizer RECOGNIZER = Recognizer.builder().withoutModel().build();

  private static List<String> people(MentionFinder finder, String text) {
    return finder.find(Notes.doc(text), Notes.prose(text)).stream()
        .filter(m -> m.type() == EntityType.PERSON)
        .map(Mention::text)
        .toList();
  }

  @Test
  void aFullNameFromAnotherMeetingsAttendeeListIsAPerson() {
    String other = "Thanks all.";
    MeetingNote earlier = Notes.prose(other, "Wenonah Pridmore-Keyes", "Olek Tarvaninen");
    String text = "We will ask Wenonah Pridmore-Keyes to review it.";
    MentionFinder corpus = RECOGNIZER.forCorpus(List.of(earlier, Notes.prose(text)));
    assertThat(people(corpus, text)).containsExactly("Wenonah Pridmore-Keyes");
  }

  @Test
  void aBareFirstNameFromAnotherMeetingIsAMentionTheLinkStageDecides() {
    MeetingNote earlier = Notes.prose("Thanks all.", "Wenonah Pridmore-Keyes");
    String text = "Wenonah will look at it.";
    MentionFinder corpus = RECOGNIZER.forCorpus(List.of(earlier));
    assertThat(people(corpus, text)).containsExactly("Wenonah");
  }

  @Test
  void aFirstNameThatIsAnEnglishWordFromAnotherMeetingIsNot() {
    MeetingNote earlier = Notes.prose("Thanks all.", "Grant Pridmore-Keyes");
    String text = "We grant access. Grant will look at it.";
    MentionFinder corpus = RECOGNIZER.forCorpus(List.of(earlier));
    assertThat(people(corpus, text)).isEmpty();
  }
}
