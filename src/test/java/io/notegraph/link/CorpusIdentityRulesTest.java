package io.notegraph.link;

import static io.notegraph.link.Fixtures.idAt;
import static io.notegraph.link.Fixtures.link;
import static io.notegraph.link.Fixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Identity across the corpus (issue 16.4): names that sound alike, handles that hold a name, each
 * merge with a second signal and an explanation. Fictional people only.
 */
class CorpusIdentityRulesTest {
  private static String chatNote(String listed, String sender) {
    return """
        # Fictional Lantern Meeting

        ### Attendees
        %s, Bram Okonkwo

        ## Chat copy/paste:
        %s11:01 AM
        hello all
        """
        .formatted(listed, sender);
  }

  @Test
  void familyNamesThatSoundAlikeMergeWhenBothAreAtOneMeeting() {
    var corpus = link(note("a.md", chatNote("Ines Philips", "Ines Fillips")));
    String id = idAt(corpus, "a.md", "Ines Philips", 0);
    assertThat(id).isNotNull().isEqualTo(idAt(corpus, "a.md", "Ines Fillips", 0));
    assertThat(corpus.explanations())
        .filteredOn(x -> x.surface().startsWith("Ines "))
        .anySatisfy(x -> assertThat(x.reason()).contains("Double Metaphone FLPS"));
  }

  @Test
  void familyNamesThatSoundAlikeStayApartWithoutAMeetingInCommon() {
    var corpus =
        link(
            Fixtures.attendees("a.md", "Ines Philips"), Fixtures.attendees("b.md", "Ines Fillips"));
    assertThat(idAt(corpus, "a.md", "Ines Philips", 0)).isEqualTo("person/ines-philips");
    assertThat(idAt(corpus, "b.md", "Ines Fillips", 0)).isEqualTo("person/ines-fillips");
  }

  @Test
  void aBareNameAtTheStartOfAHandleSeenAtTheSameMeetingIsThatHandlesPerson() {
    var corpus = link(note("a.md", chatNote("Orla", "orlavance")));
    assertThat(idAt(corpus, "a.md", "Orla", 0)).isEqualTo(idAt(corpus, "a.md", "orlavance", 0));
    assertThat(corpus.explanations())
        .filteredOn(x -> x.surface().equals("Orla") || x.surface().equals("orlavance"))
        .anySatisfy(x -> assertThat(x.reason()).contains("part of the handle 'orlavance'"));
  }

  @Test
  void aBareNameInAHandleOfAnotherMeetingOnlyStaysItsOwnPerson() {
    var corpus =
        link(
            Fixtures.attendees("a.md", "Orla"),
            note("b.md", chatNote("Bram Okonkwo", "orlavance")));
    assertThat(idAt(corpus, "a.md", "Orla", 0)).isEqualTo("person/orla");
  }

  @Test
  void aHandleThatIsAFullNameRunTogetherWithMoreIsThatPerson() {
    var corpus = link(note("a.md", chatNote("Zora Pennant", "zorapennantlabs")));
    assertThat(idAt(corpus, "a.md", "zorapennantlabs", 0)).isEqualTo("person/zora-pennant");
  }

  @Test
  void aFirstNameAloneWithTwoNamesakesInTheCorpusButOneAtTheMeetingIsThatOne() {
    // "Douglas" beside "Douglas Landgraf"-type cases: a bare first name merges only when unique.
    var corpus =
        link(
            Fixtures.attendees("a.md", "Tomas Verhoek", "Bram Okonkwo"),
            Fixtures.attendees("b.md", "Tomas Ruiz"),
            Fixtures.attendees("c.md", "Tomas", "Bram Okonkwo"));
    assertThat(idAt(corpus, "c.md", "Tomas", 0)).isNull();
  }
}
