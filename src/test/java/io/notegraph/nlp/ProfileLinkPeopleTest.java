package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.parse.MeetingNote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People named by links to their accounts: a code host's profile link whose text is the handle, and
 * rows of handle links under one address in which the note or the corpus knows one person. Invented
 * notes, fictional people and sites.
 */
class ProfileLinkPeopleTest {
  private static final Recognizer RECOGNIZER = Recognizer.builder().withoutModel().build();

  private static List<String> people(String text, String... attendees) {
    return people(RECOGNIZER, text, attendees);
  }

  private static List<String> people(MentionFinder finder, String text, String... attendees) {
    return finder.find(Notes.doc(text), Notes.prose(text, attendees)).stream()
        .filter(m -> m.type() == EntityType.PERSON)
        .map(Mention::text)
        .toList();
  }

  @Test
  void aProfileLinkWhoseTextIsTheHandleIsAPerson() {
    String text =
        "Reviewed by [qorvendel](https://github.com/qorvendel) and [@tarvo-k](https://gitlab.com/tarvo-k/).\n";
    assertThat(people(text)).containsExactly("qorvendel", "tarvo-k");
  }

  @Test
  void anOrganizationsAccountOrASitePageIsNoPerson() {
    assertThat(people("See [containers](https://github.com/containers) for the code.\n")).isEmpty();
    assertThat(people("Compare [features](https://github.com/features) first.\n")).isEmpty();
    assertThat(people("Our home: [kubernetes](https://github.com/kubernetes).\n")).isEmpty();
  }

  @Test
  void aProfileLinkWithOtherTextIsNoHandle() {
    assertThat(people("Thanks to [this person](https://github.com/qorvendel) for it.\n")).isEmpty();
  }

  @Test
  void aRowOfHandleLinksWithAKnownPersonNamesEveryoneUnderThatAddress() {
    String text =
        "* Lantern wicks proposal\n"
            + "    - [qorvendel](https://votes.example.org/pending/qorvendel)  [Olekv](https://votes.example.org/pending/Olekv)  [zimtaro](https://votes.example.org/pending/zimtaro)\n"
            + "* Sail repair\n"
            + "    - [brannoch](https://votes.example.org/pending/brannoch)\n";
    assertThat(people(text, "Olekv")).contains("qorvendel", "zimtaro", "brannoch");
  }

  @Test
  void aKnownPersonFromAnotherNotesStructureIsEvidenceToo() {
    MeetingNote earlier = Notes.prose("Thanks all.", "zimtaro");
    String text =
        "- [qorvendel](https://votes.example.org/pending/qorvendel) [zimtaro](https://votes.example.org/pending/zimtaro)\n";
    MentionFinder corpus = RECOGNIZER.forCorpus(List.of(earlier, Notes.prose(text)));
    assertThat(people(corpus, text)).containsExactly("qorvendel", "zimtaro");
  }

  @Test
  void aRowOfPackagesOrRepositoriesIsNoRowOfPeople() {
    String packages =
        "- [lanternkit](https://crates.example.org/crates/lanternkit) [wickfmt](https://crates.example.org/crates/wickfmt)\n";
    assertThat(people(packages, "Olek Vance")).isEmpty();
    String repositories =
        "- [lanternkit](https://github.com/harbor-lights/lanternkit) [olekv](https://github.com/harbor-lights/olekv)\n";
    assertThat(people(repositories, "olekv")).doesNotContain("lanternkit");
  }

  @Test
  void handleLinksInsideASentenceAreNoRow() {
    String text =
        "We read [qorvendel](https://votes.example.org/pending/qorvendel) and then [Olekv](https://votes.example.org/pending/Olekv) again.\n";
    assertThat(people(text, "Olekv")).doesNotContain("qorvendel");
  }
}
