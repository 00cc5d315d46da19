package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Roll calls that put something before the name: a council's seats ("Member company —
 * representative"), a group caption with a remark in parentheses, a sign-in checklist whose boxes
 * say who joined.
 */
class RollCallLayoutsTest {
  @Test
  void aSeatBeforeTheDashIsTheRepresentativesOrganizationNotPartOfTheName() {
    MeetingNote n = Notes.fixture("council-roll-call.md");
    assertThat(n.attendees())
        .extracting(NameRef::name, NameRef::organization)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Amara Quintero-Solís", "Brackenfield"),
            org.assertj.core.groups.Tuple.tuple("Takeda Rin", "Osprey AI"),
            org.assertj.core.groups.Tuple.tuple("Joaquim dos Anjos", "Lattice Systems"),
            org.assertj.core.groups.Tuple.tuple("duskmoth", null));
  }

  @Test
  void everyPresentGroupIsReadAndTheAbsentOneIsNot() {
    MeetingNote n = Notes.fixture("council-roll-call.md");
    assertThat(Notes.names(n.attendees()))
        .containsExactlyInAnyOrder(
            "Amara Quintero-Solís",
            "Takeda Rin",
            "Joaquim dos Anjos",
            "duskmoth",
            "Petra Lindholm",
            "Oskar Vennberg");
    assertThat(Notes.names(n.absentees())).containsExactly("Ciarán Mac Giolla");
  }

  @Test
  void aTaskGivenToARoleGoesToThePersonHoldingItAndARoleNobodyHoldsToNoOne() {
    MeetingNote n = Notes.fixture("council-roll-call.md");
    assertThat(n.actionItems())
        .extracting(ActionItem::task, a -> Notes.names(a.agents()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Announce the Pebblewick decision on the list",
                java.util.List.of("Amara Quintero-Solís")),
            org.assertj.core.groups.Tuple.tuple(
                "Update the project pages", java.util.List.of("Lumen staff")),
            org.assertj.core.groups.Tuple.tuple(
                "Circulate the review template", java.util.List.of("Oskar")));
  }

  @Test
  void tickedBoxesAreAttendeesAndEmptyBoxesArePeopleWhoWereNotThere() {
    MeetingNote n = Notes.fixture("sign-in-checklist.md");
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Beatriz Oyelaran", "Soo-ah Park", "emberlark");
    assertThat(Notes.names(n.absentees())).containsExactly("Lennart van Dijk", "Kaito Morimoto");
    assertThat(n.attendees())
        .extracting(NameRef::organization)
        .containsExactly("Hollowmere", "Quarrystone", null);
  }

  @Test
  void slashedSignInsInOneCommaListStayTwoPeople() {
    MeetingNote n =
        Notes.parse(
            "# Gadget Sync 2027-06-01\n\nAttendees: Ana Lima / @ana, Bo Chen / @bochen\n\n"
                + "## Roadmap\n\nNotes.\n");
    assertThat(n.attendees())
        .extracting(NameRef::name, NameRef::handle)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ana Lima", "ana"),
            org.assertj.core.groups.Tuple.tuple("Bo Chen", "bochen"));
  }

  @Test
  void aColonHeadingAfterTheRollCallEndsItsGroups() {
    MeetingNote n =
        Notes.parse(
            "# Gadget Board 2027-06-01\n\n## Attendance\n\n**Members present:**\n\n- Ana Lima\n\n"
                + "**Action items:**\n\n- Bo Chen to file the report\n");
    assertThat(Notes.names(n.attendees())).containsExactly("Ana Lima");
  }

  @Test
  void formalRollCallLinesKeepRolesAndGroupLabelsOutAndAGuestsOrganizationIn() {
    MeetingNote n = Notes.fixture("pmc-roll-call.md");
    assertThat(n.attendees())
        .extracting(NameRef::name, NameRef::handle, NameRef::organization)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Oskar Lindqvist", "oskarl", null),
            org.assertj.core.groups.Tuple.tuple("Renata Moreau", "rmoreau", null),
            org.assertj.core.groups.Tuple.tuple("Hamid Farahani", "hamidf", null),
            org.assertj.core.groups.Tuple.tuple("Bruna Tavares", "btavares", null),
            org.assertj.core.groups.Tuple.tuple("Ingrid Solberg", null, "Fjordline Data"));
  }

  @Test
  void aRoleAfterACommaInAnAttendeeListIsNobody() {
    MeetingNote n =
        Notes.parse(
            "# Gadget Call 2031-06-01\n\n**Attendees**\n- Ana Lima (Quarrystone), host\n"
                + "- orbfinch\n\n## Roadmap\n\nNotes.\n");
    assertThat(Notes.names(n.attendees())).containsExactly("Ana Lima", "orbfinch");
  }
}
