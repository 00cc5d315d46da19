package io.notegraph.link;

import static io.notegraph.link.Fixtures.idAt;
import static io.notegraph.link.Fixtures.link;
import static io.notegraph.link.Fixtures.mention;
import static io.notegraph.link.Fixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** Given names, handles and "Me"/"You" resolve only in the context of their meeting. */
class ContextResolutionTest {
  private static final String MEETING =
      """
      # Fictional Community Meeting

      ### Attendees (4 total)
      Zora Quill, Zora Pennant, Bram Okonkwo (bokonkwo), Ines Varga

      ## General Announcements
      ### Ines Varga

      * Next meeting in two weeks.

      ## Lanterns and Sails
      ### Zora Pennant

      Zora is building lanterns. Bram asked about sails. Ines agreed.

      ## Chat copy/paste:
      Me11:01 AM
      Welcome all
      qvarga11:02 AM
      hi
      bokonkwo11:03 AM
      hello
      """;

  @Test
  void givenNameInASectionIsItsPresenterEvenWithAnotherAttendeeOfThatName() {
    var n = mention(note("m.md", MEETING), EntityType.PERSON, "Zora", 3, 2);
    var corpus = link(n);
    assertThat(idAt(corpus, "m.md", "Zora", 3)).isEqualTo("person/zora-pennant");
  }

  @Test
  void givenNameOutsideAnySectionWithTwoSuchAttendeesStaysUnresolved() {
    var n = mention(note("m.md", MEETING), EntityType.PERSON, "Zora", 3, 0);
    assertThat(idAt(link(n), "m.md", "Zora", 3)).isNull();
  }

  @Test
  void givenNameOfExactlyOneAttendeeResolvesToThem() {
    var n = mention(note("m.md", MEETING), EntityType.PERSON, "Bram", 1, 2);
    assertThat(idAt(link(n), "m.md", "Bram", 1)).isEqualTo("person/bram-okonkwo");
  }

  @Test
  void givenNameOfNobodyAtTheMeetingWithTwoNamesakesInTheCommunityStaysUnresolved() {
    var other = Fixtures.attendees("o.md", "Otto Brandt");
    var third = Fixtures.attendees("p.md", "Otto Lindqvist");
    var n = mention(note("m.md", MEETING + "\nOtto agreed.\n"), EntityType.PERSON, "Otto", 0, 0);
    var diagnostics = new Diagnostics();
    var corpus = link(IdentityResolver.builder().build(), diagnostics, n, other, third);
    assertThat(idAt(corpus, "m.md", "Otto", 0)).isNull();
  }

  @Test
  void givenNameOfNobodyAtTheMeetingIsTheOnlyNamesakeItsCommunityKnows() {
    var other = Fixtures.attendees("o.md", "Otto Brandt");
    var n = mention(note("m.md", MEETING + "\nOtto agreed.\n"), EntityType.PERSON, "Otto", 0, 0);
    var corpus = link(n, other);
    assertThat(idAt(corpus, "m.md", "Otto", 0)).isEqualTo("person/otto-brandt");
    assertThat(corpus.explanations())
        .filteredOn(x -> x.surface().equals("Otto"))
        .singleElement()
        .satisfies(x -> assertThat(x.reason()).contains("usual 'otto' of these notes"));
  }

  @Test
  void givenNameOfNobodyAtTheMeetingIsNotTheNamesakeOfAnotherCommunity() {
    var other = Fixtures.attendees("harbour/o.md", "Otto Brandt");
    var n =
        mention(
            note("lighthouse/m.md", MEETING + "\nOtto agreed.\n"), EntityType.PERSON, "Otto", 0, 0);
    var corpus = link(n, other);
    assertThat(idAt(corpus, "lighthouse/m.md", "Otto", 0)).isNull();
  }

  @Test
  void aListedGivenNameWhoseCommunityNamesNoNamesakeIsAPersonOfTheirOwn() {
    var corpus =
        link(
            Fixtures.attendees("harbour/o.md", "Otto Brandt", "Ines Varga"),
            Fixtures.attendees("lighthouse/m.md", "Otto", "Zora Pennant"),
            Fixtures.attendees("lighthouse/n.md", "Otto", "Zora Pennant"));
    assertThat(idAt(corpus, "lighthouse/m.md", "Otto", 0)).isEqualTo("person/otto");
    assertThat(idAt(corpus, "lighthouse/n.md", "Otto", 0)).isEqualTo("person/otto");
    assertThat(idAt(corpus, "harbour/o.md", "Otto Brandt", 0)).isEqualTo("person/otto-brandt");
    assertThat(corpus.entities().get("person/otto").name()).isEqualTo("Otto");
  }

  @Test
  void aListedGivenNameStaysContextualWhereItsCommunityNamesANamesake() {
    var corpus =
        link(
            Fixtures.attendees("harbour/o.md", "Otto Brandt", "Ines Varga"),
            Fixtures.attendees("harbour/p.md", "Otto Lindqvist", "Ines Varga"),
            Fixtures.attendees("harbour/m.md", "Otto", "Ines Varga"));
    assertThat(idAt(corpus, "harbour/m.md", "Otto", 0)).isNull();
    assertThat(corpus.entities()).doesNotContainKey("person/otto");
  }

  @Test
  void aNamesakeTheCommunityNamesFarMoreOftenWinsOverARareOne() {
    var n =
        mention(
            note("lighthouse/m.md", MEETING + "\nOtto agreed.\n"), EntityType.PERSON, "Otto", 0, 0);
    var corpus =
        link(
            n,
            Fixtures.attendees("lighthouse/a.md", "Otto Brandt"),
            Fixtures.attendees("lighthouse/b.md", "Otto Brandt"),
            Fixtures.attendees("lighthouse/c.md", "Otto Brandt"),
            Fixtures.attendees("lighthouse/d.md", "Otto Brandt"),
            Fixtures.attendees("lighthouse/e.md", "Otto Lindqvist"));
    assertThat(idAt(corpus, "lighthouse/m.md", "Otto", 0)).isEqualTo("person/otto-brandt");
  }

  @Test
  void handleGivenBesideTheNameResolvesTheChatSender() {
    var corpus = link(note("m.md", MEETING));
    assertThat(idAt(corpus, "m.md", "bokonkwo", 1)).isEqualTo("person/bram-okonkwo");
    assertThat(corpus.entity("person/bram-okonkwo").nicks()).containsExactly("bokonkwo");
  }

  @Test
  void handleMadeFromANameResolvesTheChatSenderAndAnUnknownHandleIsSomeoneElse() {
    var corpus = link(note("m.md", MEETING));
    assertThat(idAt(corpus, "m.md", "qvarga", 0)).isEqualTo("person/qvarga");
    var withQuill = link(note("m.md", MEETING.replace("qvarga", "zpennant")));
    assertThat(idAt(withQuill, "m.md", "zpennant", 0)).isEqualTo("person/zora-pennant");
  }

  @Test
  void meInTheChatIsTheHostWhoGaveTheAnnouncements() {
    var corpus = link(note("m.md", MEETING));
    assertThat(Fixtures.idAtStartOf(corpus, "m.md", "Me11", 2)).isEqualTo("person/ines-varga");
    assertThat(corpus.explanations())
        .filteredOn(x -> x.surface().equals("Me"))
        .singleElement()
        .satisfies(x -> assertThat(x.reason()).startsWith("the note-taker"));
    assertThat(corpus.entity("person/ines-varga").altLabels()).doesNotContain("Me");
  }

  @Test
  void meWithoutAnyHostStaysUnresolved() {
    var corpus = link(note("m.md", MEETING.replace("General Announcements", "Welcome")));
    assertThat(Fixtures.idAtStartOf(corpus, "m.md", "Me11", 2)).isNull();
  }

  @Test
  void configuredHostWhoAttendedIsTheNoteTaker() {
    var resolver = IdentityResolver.builder().host("Bram Okonkwo").build();
    var n = note("m.md", MEETING.replace("General Announcements", "Welcome"));
    var corpus = link(resolver, new Diagnostics(), n);
    assertThat(Fixtures.idAtStartOf(corpus, "m.md", "Me11", 2)).isEqualTo("person/bram-okonkwo");
  }

  @Test
  void handleInParenthesesInsideTheNameIsTakenApart() {
    var corpus =
        link(
            Fixtures.attendees("a.md", "Otto (obrandt) Brandt"),
            Fixtures.attendees("b.md", "Otto Brandt"),
            Fixtures.attendees("c.md", "obrandt"));
    assertThat(idAt(corpus, "c.md", "obrandt", 0)).isEqualTo("person/otto-brandt");
    assertThat(idAt(corpus, "a.md", "Otto (obrandt) Brandt", 0)).isEqualTo("person/otto-brandt");
  }

  @Test
  void aModelsGuessJoinsAKnownPersonButNeverMakesANewOne() {
    var n = note("m.md", MEETING + "\nZora Pennant met Lantern Works.\n");
    String text = n.document().text();
    var mentions = new java.util.ArrayList<io.notegraph.nlp.Mention>();
    for (String s : new String[] {"Zora Pennant met", "Lantern Works"}) {
      String name = s.replace(" met", "");
      int at = text.lastIndexOf(s);
      int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      mentions.add(
          new io.notegraph.nlp.Mention(
              EntityType.PERSON,
              name,
              new io.notegraph.parse.SourceRange(line, at, at + name.length()),
              0.7,
              "maxent",
              0));
    }
    var guessed = new io.notegraph.nlp.AnnotatedNote(n.document(), n.note(), mentions);
    var corpus = link(guessed);
    var linked = corpus.notes().get(0);
    assertThat(linked.entityAt(mentions.get(0).range())).hasValue("person/zora-pennant");
    assertThat(linked.entityAt(mentions.get(1).range())).isEmpty();
    assertThat(corpus.entities()).doesNotContainKey("person/lantern-works");
  }

  @Test
  void aHandleSeveralNamesMakeResolvesToTheOneAtTheMeeting() {
    var corpus =
        link(
            Fixtures.attendees("a.md", "Zora Pennant", "qvarga"),
            Fixtures.attendees("b.md", "Quentin Varga", "Ines Varga"),
            Fixtures.attendees("c.md", "Quinn Varga", "qvarga"),
            Fixtures.attendees("d.md", "Quentin Varga", "qvarga"));
    assertThat(idAt(corpus, "a.md", "qvarga", 0)).isNull();
    assertThat(idAt(corpus, "c.md", "qvarga", 0)).isEqualTo("person/quinn-varga");
    assertThat(idAt(corpus, "d.md", "qvarga", 0)).isEqualTo("person/quentin-varga");
    assertThat(corpus.entities()).doesNotContainKey("person/qvarga");
  }
}
