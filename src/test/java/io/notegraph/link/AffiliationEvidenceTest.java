package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which text beside or about a person states an affiliation; fictional notes. */
class AffiliationEvidenceTest {

  private static LinkedCorpus link(String body) {
    String note =
        "# Podman Community Meeting\n## March 5, 2031 11:00 a.m. Eastern (UTC-5)\n"
            + "### Attendees\nAda Quill, Birk Tamsen, Cleo Varga, Dov Arkin\n\n"
            + body;
    return FictionalNoteLinker.link(note);
  }

  private static List<Fact> affiliations(LinkedCorpus c) {
    return c.facts().stream().filter(f -> f.relation().equals(Fact.AFFILIATION)).toList();
  }

  @Test
  void anOrganizationInParenthesesAfterANameInProseIsAnAffiliation() {
    var c = link("## Guests\n### Ada Quill\n\nDov Arkin (Red Hat) showed the new pods.\n");
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object, Fact::confidence)
        .containsExactly(tuple("person/dov-arkin", "organization/red-hat", 0.9));
  }

  @Test
  void worksWithAnOrganizationIsAnAffiliationWithItsEvidenceLine() {
    var c = link("## Guests\n### Ada Quill\n\nBirk Tamsen works with IBM on the new runtime.\n");
    assertThat(affiliations(c))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("person/birk-tamsen");
              assertThat(f.object()).isEqualTo("organization/ibm");
              assertThat(f.line()).isEqualTo(9);
              assertThat(f.rule()).contains("from, at or works for");
            });
  }

  @Test
  void rolesPronounsAndIssueNumbersBesideANameAreNoAffiliations() {
    var c =
        link(
            "## Guests\n### Ada Quill\n\n"
                + "Dov Arkin (maintainer) and Cleo Varga (she/her) looked at #4521.\n"
                + "Birk Tamsen (#4521) has a fix.\n");
    assertThat(affiliations(c)).isEmpty();
  }

  @Test
  void aCommaBeforeAnOrganizationThatGoesOnIsNoAffiliation() {
    var c =
        link("## Guests\n### Ada Quill\n\nThanks Cleo Varga, Red Hat will host the next one.\n");
    assertThat(affiliations(c)).isEmpty();
  }

  @Test
  void thePresentersSectionCallingThemAnInternOfAnOrganizationIsTheirAffiliation() {
    var c =
        link(
            "## Agenda\n1. Pods at sea - Cleo Varga\n\n"
                + "#### Pods at sea - Cleo Varga - (3:00 in the video)\n\n"
                + "Started the work as a Red Hat intern last summer.\n");
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object)
        .containsExactly(tuple("person/cleo-varga", "organization/red-hat"));
  }

  @Test
  void aSpeakerSayingTheyWorkAtAnOrganizationIsAffiliatedWithIt() {
    var c =
        link(
            "## Transcript\n\n```\nAda Quill: Welcome everyone.\n"
                + "Birk Tamsen: Hi, I'm an engineer at IBM and I maintain the runtime.\n```\n");
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object)
        .containsExactly(tuple("person/birk-tamsen", "organization/ibm"));
  }

  @Test
  void aSpeakerWhoWentToAnOrganizationsEventIsNotAffiliatedWithIt() {
    var c =
        link(
            "## Transcript\n\n```\nAda Quill: Welcome everyone.\n"
                + "Birk Tamsen: When I was at IBM Summit I saw the new runtime.\n```\n");
    assertThat(affiliations(c)).isEmpty();
  }

  @Test
  void anEmailAtAnOrganizationsHomePageDomainIsAnAffiliation() {
    var c = link("## Guests\n### Ada Quill\n\nPackaging questions go to birk.tamsen@redhat.com.\n");
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object, Fact::rule)
        .containsExactly(
            tuple("person/birk-tamsen", "organization/red-hat", EmailAffiliations.RULE));
  }

  @Test
  void anEmailAtAHostingSiteOrAnUnknownDomainIsNone() {
    var c =
        link(
            "## Guests\n### Ada Quill\n\nWrite to birk.tamsen@github.com or "
                + "cleo.varga@example.org.\n");
    assertThat(affiliations(c)).isEmpty();
  }

  // Organizations no list has (issues 14 and 16): the nlp stage finds them by their context, these
  // rules state who works there.

  @Test
  void aSpeakerWhoIsAStudentAtAnUnlistedOrganizationIsAffiliatedWithIt() {
    var c =
        link(
            "## Transcript\n\n```\nAda Quill: Welcome everyone.\n"
                + "Birk Tamsen: Hi, I'm a second-year PhD student at Varnholt and I use it.\n"
                + "Cleo Varga: Before that my former team at Brackwater Research ran it in CI.\n"
                + "Dov Arkin: I work for Quenby, we ship it on edge boxes.\n```\n");
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object, Fact::rule)
        .containsExactlyInAnyOrder(
            tuple("person/birk-tamsen", "organization/varnholt", Affiliations.SPEAKER),
            tuple("person/cleo-varga", "organization/brackwater-research", Affiliations.SPEAKER),
            tuple("person/dov-arkin", "organization/quenby", Affiliations.SPEAKER));
    assertThat(c.entities()).containsKeys("organization/varnholt", "organization/quenby");
  }

  @Test
  void aSpeakerAtAnEventOrOnAServiceIsNotAffiliatedWithIt() {
    var c =
        link(
            "## Transcript\n\n```\nAda Quill: Welcome everyone.\n"
                + "Birk Tamsen: I'm at KubeCon this week, I joined Zoom from the hotel.\n```\n");
    assertThat(affiliations(c)).isEmpty();
    assertThat(c.entities().keySet()).noneMatch(id -> id.startsWith("organization/"));
  }

  @Test
  void thePresenterCalledAnUnlistedOrganizationsStudentByTheirFirstNameIsAffiliatedWithIt() {
    var c =
        link(
            "## Agenda\n1. Pods at sea - Cleo Varga\n\n"
                + "#### Pods at sea - Cleo Varga - (3:00 in the video)\n\n"
                + "Cleo is a Thistlecombe PhD student and showed the prototype.\n");
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object, Fact::confidence, Fact::rule)
        .containsExactly(
            tuple("person/cleo-varga", "organization/thistlecombe", 0.75, Affiliations.PRESENTER));
  }

  @Test
  void oneWordInParenthesesAfterAChatSenderIsTheirOrganizationUnlessItIsTheirNameOrARole() {
    var c =
        link(
            "## Chat\n\n"
                + "Dov Arkin (Westbrook)12:03 PM\nthe cache patch is in review\n"
                + "Cleo Varga (she/her)12:04 PM\nthanks!\n"
                + "Birk Tamsen (Birk)12:05 PM\nlink to the prototype?\n"
                + "Ada Quill (Host)12:06 PM\nposted in the channel\n");
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object, Fact::confidence, Fact::rule)
        .containsExactly(
            tuple("person/dov-arkin", "organization/westbrook", 0.7, Affiliations.BESIDE_FOUND));
  }

  @Test
  void oneUnlistedWordInParenthesesInAnAttendeeListStaysNoAffiliation() {
    var c =
        FictionalNoteLinker.link(
            "# Podman Community Meeting\n## March 5, 2031 11:00 a.m. Eastern (UTC-5)\n"
                + "### Attendees\nAda Quill (Westbrook), Birk Tamsen (Corvale Labs)\n\n"
                + "## Guests\n### Ada Quill\n\nNothing else.\n");
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object)
        .containsExactly(tuple("person/birk-tamsen", "organization/corvale-labs"));
  }

  private static LinkedCorpus linkWithAttendees(String attendees, String body) {
    return FictionalNoteLinker.link(
        "# Quillstack Sync\n## March 5, 2031\n### Attendees\n" + attendees + "\n\n" + body);
  }

  @Test
  void anUnknownNameBesideAnAttendeeCountsWhenTheNoteGivesItAgainAsAnEmployer() {
    var c =
        linkWithAttendees(
            "Ada Quill (Nordhaven Marine), Birk Tamsen (Tesselate), Cleo Varga (Blue Heron)",
            "## Demo - Ada Quill\n\nAda from Nordhaven Marine runs it on 200 gateways.\n"
                + "Birk works for Tesselate.\n");
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object)
        .containsExactlyInAnyOrder(
            tuple("person/ada-quill", "organization/nordhaven-marine"),
            tuple("person/birk-tamsen", "organization/tesselate"));
  }

  @Test
  void aCellOfAnOrganizationColumnIsAnEmployerButIndependentIsNone() {
    var c =
        FictionalNoteLinker.link(
            """
            # Quillstack WG
            ## March 5, 2031

            ### Attendees

            | Name | Organization | GitHub |
            |---|---|---|
            | Ada Quill | Fjordline | @aquill |
            | Birk Tamsen | Independent | @btamsen |

            ## Demo - Ada Quill
            Notes.
            """);
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object)
        .containsExactly(tuple("person/ada-quill", "organization/fjordline"));
  }

  @Test
  void aCompanyShapedNameBesideAnAttendeeIsTheirEmployerButAPhraseIsNot() {
    var c =
        linkWithAttendees(
            "Ada Quill (Gravel Robotics), Birk Tamsen (Future Enhancements), Cleo Varga (Kite Analytics)",
            "## Demo - Ada Quill\nNotes.\n");
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object)
        .containsExactlyInAnyOrder(
            tuple("person/ada-quill", "organization/gravel-robotics"),
            tuple("person/cleo-varga", "organization/kite-analytics"));
  }

  @Test
  void aNameRepeatedBesideTwoAttendeesOrFillingAWholeListIsTheirEmployer() {
    var repeated =
        linkWithAttendees(
            "- Ada Quill (@aquill) — Tallow Grid\n- Birk Tamsen — Tallow Grid\n- Cleo Varga (Cleo)",
            "## Demo - Ada Quill\nNotes.\n");
    assertThat(affiliations(repeated))
        .extracting(Fact::subject, Fact::object, Fact::rule)
        .containsExactlyInAnyOrder(
            tuple("person/ada-quill", "organization/tallow-grid", Affiliations.LISTED),
            tuple("person/birk-tamsen", "organization/tallow-grid", Affiliations.LISTED));
    var column =
        linkWithAttendees(
            "- Ada Quill — Tallow Grid\n- Birk Tamsen — Orchard Cloud\n- Cleo Varga — Pell Data"
                + "\n- Dov Arkin — independent",
            "## Demo - Ada Quill\nNotes.\n");
    assertThat(affiliations(column))
        .extracting(Fact::subject, Fact::object)
        .containsExactlyInAnyOrder(
            tuple("person/ada-quill", "organization/tallow-grid"),
            tuple("person/birk-tamsen", "organization/orchard-cloud"),
            tuple("person/cleo-varga", "organization/pell-data"));
  }

  @Test
  void aColumnInParenthesesAfterSlashesOrAsTheSeatBeforeTheNameIsTheirEmployer() {
    var parenthesised =
        linkWithAttendees(
            "- [x] Ada Quill (Tallow Grid)\n- [x] Birk Tamsen (Orchard Cloud) — @birk\n"
                + "- [x] Cleo Varga (Pell Data)",
            "## Demo - Ada Quill\nNotes.\n");
    var slashed =
        linkWithAttendees(
            "- Ada Quill / @aquill / Tallow Grid\n- Birk Tamsen / @birkt / Orchard Cloud\n"
                + "- Cleo Varga / @cleo / Pell Data",
            "## Demo - Ada Quill\nNotes.\n");
    var seats =
        linkWithAttendees(
            "- Tallow Grid — Ada Quill\n- Orchard Cloud — Birk Tamsen\n- Pellworth — Cleo Varga",
            "## Demo - Ada Quill\nNotes.\n");
    for (var c : List.of(parenthesised, slashed, seats)) {
      assertThat(affiliations(c)).extracting(Fact::subject).hasSize(3);
    }
  }

  @Test
  void oneUnknownNameBesideOneAttendeeAmongRemarksStaysNoAffiliation() {
    var c =
        linkWithAttendees(
            "- Ada Quill — Tallow Grid\n- Birk Tamsen (joined late)\n- Cleo Varga (notes)",
            "## Demo - Ada Quill\nNotes.\n");
    assertThat(affiliations(c)).isEmpty();
  }

  @Test
  void worksForInParenthesesOrNowWorksAtInProseStatesAnEmployer() {
    var c =
        linkWithAttendees(
            "Ada Quill (works for Quarry Stack), Birk Tamsen",
            "## Demo - Ada Quill\n\nBirk now works at Lumen Forge, so he can test it there.\n");
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object)
        .containsExactlyInAnyOrder(
            tuple("person/ada-quill", "organization/quarry-stack"),
            tuple("person/birk-tamsen", "organization/lumen-forge"));
  }

  @Test
  void theAffiliationColumnOfASpeakerTableGivesEachSpeakerTheirs() {
    var c =
        FictionalNoteLinker.link(
            """
            # Quillstack Summit 2031 session notes
            Date: 2031-03-05

            ### Speakers

            | # | Speaker | Affiliation | Topic | Stream time |
            |---|---|---|---|---|
            | 1 | Ada Quill | Kestrel Dynamics | Loader hooks in practice | 0:03:10 |
            | 2 | Birk Tamsen, Cleo Varga | Fjord Runtime / — | Shared test suites | 0:20:00 |

            ### 1. Loader hooks in practice — Ada
            Notes.

            ### 2. Shared test suites — Birk
            Notes.
            """);
    assertThat(affiliations(c))
        .extracting(Fact::subject, Fact::object)
        .containsExactlyInAnyOrder(
            tuple("person/ada-quill", "organization/kestrel-dynamics"),
            tuple("person/birk-tamsen", "organization/fjord-runtime"));
  }
}
