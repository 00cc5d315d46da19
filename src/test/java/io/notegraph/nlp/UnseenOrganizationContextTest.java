package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.parse.NoteParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organizations no list has, found by the words around them: a first-person or role cue before, a
 * role after, a sender's parentheses. Fictional people and organizations.
 */
class UnseenOrganizationContextTest {
  private static final Recognizer RECOGNIZER = Recognizer.builder().withoutModel().build();

  private static List<String> organizations(String text, String... attendees) {
    return RECOGNIZER.find(Notes.doc(text), Notes.prose(text, attendees)).stream()
        .filter(m -> m.type() == EntityType.ORGANIZATION)
        .map(Mention::text)
        .toList();
  }

  /** The organizations of a whole note, parsed as extract parses it. */
  private static List<Mention> parsedOrganizations(String note) {
    var doc = Notes.doc(note);
    var parsed = NoteParser.builder().build().parse(doc, new Diagnostics()).orElseThrow();
    return RECOGNIZER.find(doc, parsed).stream()
        .filter(m -> m.type() == EntityType.ORGANIZATION)
        .toList();
  }

  @Test
  void theNameAfterARoleAndAtIsAnOrganization() {
    assertThat(organizations("Hi, I'm a second-year PhD student at Varnholt and I use it daily."))
        .containsExactly("Varnholt");
    assertThat(organizations("Welcome to Ines, our new intern at Corbelline this summer."))
        .containsExactly("Corbelline");
  }

  @Test
  void theNameAfterIWorkForOrMyFormerTeamAtIsAnOrganizationOfUpToFourWords() {
    assertThat(organizations("I work for Quenby, we ship it on edge boxes."))
        .containsExactly("Quenby");
    assertThat(organizations("Before that my former team at Brackwater Research ran it in CI."))
        .containsExactly("Brackwater Research");
    assertThat(organizations("She is a professor at the University of Varnholt."))
        .containsExactly("University of Varnholt");
  }

  @Test
  void aNameBeforeARoleIsAnOrganization() {
    assertThat(organizations("Maren is a Thistlecombe PhD student and looked at snapshots."))
        .containsExactly("Thistlecombe");
    assertThat(organizations("Two Ferrowind interns joined the call.")).contains("Ferrowind");
  }

  @Test
  void theFindRecordsItsFinderAndTheConfidenceOfItsCue() {
    Mention m =
        RECOGNIZER
            .find(
                Notes.doc("I work for Quenby these days."),
                Notes.prose("I work for Quenby these days."))
            .stream()
            .filter(x -> x.type() == EntityType.ORGANIZATION)
            .findFirst()
            .orElseThrow();
    assertThat(m.finder()).isEqualTo("pattern");
    assertThat(m.confidence()).isEqualTo(UnseenOrganizationContext.STATED);
  }

  @Test
  void servicesEventsMonthsProjectsAndWordsAfterACueAreNoOrganization() {
    assertThat(organizations("I'm at KubeCon this week and I joined Zoom late.")).isEmpty();
    assertThat(organizations("I work at Quenby Summit booth most of the day.")).isEmpty();
    assertThat(organizations("I joined March 3 and I work with Kubernetes a lot.")).isEmpty();
    assertThat(organizations("I joined the Ferrowind team last month.")).isEmpty();
    assertThat(organizations("I'm at Home now, here at Lunch.")).isEmpty();
    assertThat(organizations("An engineer at MVP stage said so.")).isEmpty();
  }

  @Test
  void theNameAfterAPersonFromIsNoOrganization() {
    // "Name from X" names a city as often as an employer: precision first.
    assertThat(organizations("Ines Castellano from Varnholt joined late.", "Ines Castellano"))
        .isEmpty();
  }

  @Test
  void softwareThatWorksForSomethingIsNoEmployer() {
    assertThat(organizations("The new stack is mostly working for IPv6 already.")).isEmpty();
    assertThat(organizations("The macro only works for `Maybe` or `Either` types.")).isEmpty();
    assertThat(organizations("The fix works for Quenby too.")).isEmpty();
    assertThat(organizations("She works for Quenby now.")).containsExactly("Quenby");
    assertThat(organizations("Tobiah Crane (works for Quenby) joined late.", "Tobiah Crane"))
        .containsExactly("Quenby");
    assertThat(organizations("The patch now works for Quenby.")).isEmpty();
    assertThat(organizations("Birk now works at Quenby.")).containsExactly("Quenby");
    assertThat(organizations("Tobiah works at Brackwater Labs and joined late.", "Tobiah Crane"))
        .containsExactly("Brackwater Labs");
    assertThat(organizations("The fix works at Quenby scale too.")).isEmpty();
  }

  @Test
  void theNameAfterAnEmployerOrAWorkingLivingIsAnOrganization() {
    assertThat(organizations("Bart mentioned that his employer, Halcyon Freight, runs it."))
        .containsExactly("Halcyon Freight");
    assertThat(organizations("I do this for a living at Marlowe Interactive, so yes."))
        .containsExactly("Marlowe Interactive");
  }

  @Test
  void aWordThatOpensASentenceBeforeARoleIsNoOrganization() {
    assertThat(organizations("Summer intern projects are listed below.")).isEmpty();
    assertThat(organizations("Another PhD student asked about it.")).isEmpty();
  }

  @Test
  void aPersonTheNoteNamesIsNoOrganization() {
    assertThat(organizations("I joined Ines Castellano on the call.", "Ines Castellano")).isEmpty();
  }

  private static final String CHAT =
      "# Plover Community Meeting\n\n## August 12, 2031 11:00 a.m. Eastern (UTC-4)\n\n"
          + "### Attendees\nDana Okafor, Tobiah Renner, Olek Wisniewski, Kwame Adjei\n\n"
          + "### Chat\n\n"
          + "Dana Okafor (Westbrook)12:03 PM\nthe cache patch is in review\n"
          + "Tobiah Renner (he/him)12:04 PM\nthanks!\n"
          + "Olek Wisniewski (Olek)12:05 PM\nlink to the prototype?\n"
          + "Kwame Adjei (Host)12:06 PM\nposted in the channel\n";

  @Test
  void oneCapitalisedWordInParenthesesAfterAChatSenderIsAnOrganization() {
    assertThat(parsedOrganizations(CHAT))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text()).isEqualTo("Westbrook");
              assertThat(m.finder()).isEqualTo("pattern");
              assertThat(m.confidence()).isEqualTo(UnseenOrganizationContext.SENDER);
            });
  }
}
