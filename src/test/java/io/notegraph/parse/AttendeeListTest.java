package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttendeeListTest {
  @Test
  void headingDeclaresCountAndNextParagraphListsNamesWithDuplicatesKept() {
    MeetingNote n =
        Notes.parse(
            """
        # M
        ## March 5, 2024

        ### Attendees (5 total)
        Priya Nandakumar, Olek Brandt, Priya Nandakumar, Jo Ferreira (jferreira), Ana Lucía Ríos
        """);
    assertThat(n.declaredAttendeeCount()).isEqualTo(5);
    assertThat(Notes.names(n.attendees()))
        .containsExactly(
            "Priya Nandakumar", "Olek Brandt", "Priya Nandakumar", "Jo Ferreira", "Ana Lucía Ríos");
    assertThat(n.attendees().get(3).handle()).isEqualTo("jferreira");
  }

  @Test
  void inlineListAfterColonWithTrailingAndAndNonPersonEntries() {
    MeetingNote n =
        Notes.parse(
            """
        # M

        Attendees (4): Olek Brandt, Priya Nandakumar's Presentation, Kai Moreau, and Mina Sato

        ## March 21, 2024 Topics
        """);
    assertThat(n.declaredAttendeeCount()).isEqualTo(4);
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Olek Brandt", "Kai Moreau", "Mina Sato");
  }

  @Test
  void attendeesHeadingWithColonAndNoCount() {
    MeetingNote n =
        Notes.parse(
            """
        # M
        ## Attendees:
        Olek Brandt, Kai Moreau (Example Corp in a personal capacity), ykuksa

        ## May 16, 2024 Topics
        """);
    assertThat(n.declaredAttendeeCount()).isNull();
    assertThat(Notes.names(n.attendees())).containsExactly("Olek Brandt", "Kai Moreau", "ykuksa");
    assertThat(n.attendees().get(1).organization())
        .isEqualTo("Example Corp in a personal capacity");
  }

  @Test
  void handlesWithDigitsAreAttendeesButCountsTimesAndZonesAreNot() {
    MeetingNote n =
        Notes.parse(
            """
        # M

        * Meeting date: 2025-03-04

        ## Attendance

        * Team members: Priya, Olek
        * Others: zk42-dev, Mina Sato, mxk2000, UTC-5, 10am, 2025-03-04, v1.2, Q3

        ## Topics
        """);
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Priya", "Olek", "zk42-dev", "Mina Sato", "mxk2000");
  }

  @Test
  void peopleWhoSentRegretsAreAbsenteesNotAttendees() {
    MeetingNote n =
        Notes.parse(
            """
        # Sprocket council 2031-03-12

        Present: Ana Ruiz, Bo Lindgren
        Regrets: Chidi Okafor
        Notes by: Bo Lindgren

        ## Action items
        - CHIDI: review the draft
        """);
    assertThat(Notes.names(n.attendees())).containsExactly("Ana Ruiz", "Bo Lindgren");
    assertThat(Notes.names(n.absentees())).containsExactly("Chidi Okafor");
    assertThat(Notes.names(n.actionItems().get(0).agents())).containsExactly("CHIDI");
  }

  @Test
  void anApologiesHeadingListsAbsentees() {
    MeetingNote n =
        Notes.parse(
            """
        Sprocket PMC call
        =================

        Date: 2031-05-14

        Attendance
        ----------

        * PMC: Ana Ruiz, Bo Lindgren

        Apologies
        ---------

        Dana Whitfield, Li Wei
        """);
    assertThat(Notes.names(n.attendees())).containsExactly("Ana Ruiz", "Bo Lindgren");
    assertThat(Notes.names(n.absentees())).containsExactly("Dana Whitfield", "Li Wei");
  }

  @Test
  void onTheCallRollCallAndSignInSheetCaptionsListAttendees() {
    MeetingNote a =
        Notes.parse("# M 2031-07-15\n\n**On the call:** Ana Ruiz, Bo Lindgren, @quietfox\n");
    assertThat(Notes.names(a.attendees())).containsExactly("Ana Ruiz", "Bo Lindgren", "quietfox");
    MeetingNote b =
        Notes.parse("# M 2031-07-15\n\n**Roll call.** Present: Ana Ruiz (aruiz), Bo Lindgren\n");
    assertThat(Notes.names(b.attendees())).containsExactly("Ana Ruiz", "Bo Lindgren");
    MeetingNote c =
        Notes.parse(
            "# M 2031-07-15\n\nSign-in sheet (23 people signed; the names we could read):\n"
                + "Ana Ruiz, Bo Lindgren\n");
    assertThat(Notes.names(c.attendees())).containsExactly("Ana Ruiz", "Bo Lindgren");
  }

  @Test
  void namesWithParticlesOfManyLanguagesStayWhole() {
    MeetingNote n =
        Notes.parse(
            "# M 2031-07-15\n\nAttendees: Noor ul Ain Qureshi, Pedro Henrique da Silva,"
                + " Ahmad ibn Rashid, Nadia binti Yusof\n");
    assertThat(Notes.names(n.attendees()))
        .containsExactly(
            "Noor ul Ain Qureshi",
            "Pedro Henrique da Silva",
            "Ahmad ibn Rashid",
            "Nadia binti Yusof");
  }

  @Test
  void rangesPointAtTheNamesInTheSource() {
    String md = "# M\n## March 5, 2024\n### Attendees\nOlek Brandt, Kai Moreau\n";
    MeetingNote n = Notes.parse(md);
    for (NameRef a : n.attendees()) assertThat(a.range().of(md)).isEqualTo(a.name());
    assertThat(n.attendees().get(1).range().line()).isEqualTo(4);
  }

  @Test
  void attendeesAsABulletListOnePerItem() {
    MeetingNote n =
        Notes.parse(
            """
        # Widget sync
        Date: 2024-06-11

        ## Attendees
        - Olek Brandt
        - Kai Moreau (kmoreau)
        - Mina Sato

        ## Agenda
        1. Release plan - Kai Moreau

        ## Release plan
        Presenter: Kai Moreau

        Some notes.
        """);
    assertThat(n.time().date()).hasToString("2024-06-11");
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Olek Brandt", "Kai Moreau", "Mina Sato");
    assertThat(n.plannedTopics()).extracting(Topic::text).containsExactly("Release plan");
    assertThat(n.sections())
        .singleElement()
        .satisfies(s -> assertThat(Notes.names(s.presenters())).containsExactly("Kai Moreau"));
  }

  @Test
  void anEmployerAfterASpacedDashIsSetOffTheNameWithOrWithoutAHandleBeforeIt() {
    MeetingNote n =
        Notes.parse(
            """
        # M
        ## March 5, 2024

        ### Attendees
        - Hana Ptak (@hptak) — Silverline Compute
        - Ole Brandt – Fennel Works
        - Sophie-Anne Roy (@sroy) - chair
        - Ida Marsh
        """);
    assertThat(n.attendees())
        .extracting(NameRef::name, NameRef::handle, NameRef::organization)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Hana Ptak", "hptak", "Silverline Compute"),
            org.assertj.core.groups.Tuple.tuple("Ole Brandt", null, "Fennel Works"),
            org.assertj.core.groups.Tuple.tuple("Sophie-Anne Roy", "sroy", null),
            org.assertj.core.groups.Tuple.tuple("Ida Marsh", null, null));
  }

  @Test
  void aHandleThenAnEmployerOrARoleInOneParenthesis() {
    MeetingNote n =
        Notes.parse(
            """
        # M 2031-03-05

        **Attendees:** Hana Ptak (@hptak, host), Ole Brandt (@ob-fw, Fennel Works), Ida Marsh (Quarry Labs), Una Berg (chair, Tallow Grid)
        """);
    assertThat(n.attendees())
        .extracting(NameRef::name, NameRef::handle, NameRef::organization)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Hana Ptak", "hptak", null),
            org.assertj.core.groups.Tuple.tuple("Ole Brandt", "ob-fw", "Fennel Works"),
            org.assertj.core.groups.Tuple.tuple("Ida Marsh", null, "Quarry Labs"),
            org.assertj.core.groups.Tuple.tuple("Una Berg", null, "Tallow Grid"));
  }
}
