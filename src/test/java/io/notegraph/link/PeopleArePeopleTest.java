package io.notegraph.link;

import static io.notegraph.link.Fixtures.idAt;
import static io.notegraph.link.Fixtures.link;
import static io.notegraph.link.Fixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A candidate person needs the shape of a name and no sign of being code, a heading or a label cut
 * short (issue 16.3). Fictional people only.
 */
class PeopleArePeopleTest {
  private static final String TRANSCRIPT =
      """
      # Fictional Lantern Meeting

      ### Attendees (3 total)
      Zora Pennant, Bram Okonkwo, Wenonah Pridmore

      Transcript
      Zora Pennant: Welcome everybody.
      ora Pennant: Let us start with the lanterns.
      Bram Okonkwo: Thanks.
      ula Marsh: I was cut too.
      """;

  @Test
  void aLabelCutAtItsStartIsRepairedFromTheAttendeeList() {
    var corpus = link(note("m.md", TRANSCRIPT));
    // the third "ora Pennant": after the attendee list's and the first label's "Zora Pennant"
    assertThat(idAt(corpus, "m.md", "ora Pennant", 2)).isEqualTo("person/zora-pennant");
    assertThat(corpus.explanations())
        .filteredOn(x -> x.surface().equals("ora Pennant"))
        .singleElement()
        .satisfies(x -> assertThat(x.reason()).startsWith("label cut short"));
  }

  @Test
  void aLabelCutAtItsStartThatMatchesNobodyIsDroppedWithAWarningAtItsLine() {
    var diagnostics = new Diagnostics();
    var corpus = link(IdentityResolver.builder().build(), diagnostics, note("m.md", TRANSCRIPT));
    assertThat(idAt(corpus, "m.md", "ula Marsh", 0)).isNull();
    assertThat(corpus.entities().keySet()).noneMatch(id -> id.contains("marsh"));
    assertThat(diagnostics.all())
        .anySatisfy(
            d -> {
              assertThat(d.file()).isEqualTo("m.md");
              assertThat(d.line()).isEqualTo(10);
              assertThat(d.toString()).contains("'ula Marsh' looks cut short");
            });
  }

  @Test
  void codeReadAsASpeakerLabelIsNoPerson() {
    assertThat(NameShape.notAName("let x")).contains("code keyword");
    assertThat(NameShape.notAName("where T")).contains("code keyword");
    assertThat(NameShape.notAName("const BAD")).contains("code keyword");
    assertThat(PersonName.parse("impl Lantern", null, null).key()).isEmpty();
    assertThat(NameShape.notAName("lanternbot")).isEqualTo("a bot account");
    assertThat(PersonName.parse("Zora Pennant", null, null).key()).isEqualTo("zora pennant");
    assertThat(PersonName.parse("sandip vale", null, null).key()).isEqualTo("sandip vale");
  }

  @Test
  void headingsOfEnglishWordsAreNoPersonButAnAttendeeListKeepsItsNames() {
    String md =
        """
        # Fictional Lantern Meeting

        ### Attendees
        Rose Bean, Bram Okonkwo

        Transcript
        Lantern Laws: the wicks must be trimmed.
        Rose Bean: Agreed.
        """;
    var corpus = link(note("m.md", md));
    assertThat(corpus.entities().keySet())
        .contains("person/rose-bean", "person/bram-okonkwo")
        .doesNotContain("person/lantern-laws");
  }

  @Test
  void aGivenNameOneLetterOffSomeoneAtTheMeetingIsThem() {
    var n =
        Fixtures.mention(
            note("m.md", TRANSCRIPT + "\nBram Okonkwo: Wenonnah and I agree.\n"),
            EntityType.PERSON,
            "Wenonnah",
            0,
            0);
    assertThat(idAt(link(n), "m.md", "Wenonnah", 0)).isEqualTo("person/wenonah-pridmore");
  }

  private static final String TEAMS =
      """
      # Fictional Lantern Cabal 2031-04-02

      **Attendees:** Tran Thi Minh Anh (Lumen Forge), Jean-Luc "JL" Abara (@jlabara), Bram Okonkwo

      ## Transcript

      [00:00:04] Bram Okonkwo
      Welcome everybody.

      [00:01:10] Tran, Minh Anh
      Thanks. The lantern build is green again.

      [00:02:30] Abara, Jean-Luc
      Good news. JL here, I will look at the docs.
      """;

  @Test
  void aDirectorysSurnameFirstSpeakerAndAQuotedNicknameAreTheAttendees() {
    var c = FictionalNoteLinker.link(TEAMS + "\n[00:03:00] Bram Okonkwo\nThanks JL.\n");
    assertThat(FictionalNoteLinker.people(c))
        .containsExactly(
            "person/bram-okonkwo", "person/jean-luc-abara", "person/tran-thi-minh-anh");
  }
}
