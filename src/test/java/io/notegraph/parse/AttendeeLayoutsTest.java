package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AttendeeLayoutsTest {
  @Test
  void presentListOfNameHandleRoleKeepsParticlesAndTheHandleApart() {
    MeetingNote n =
        Notes.parse(Path.of("src/test/resources/parse/present-handles.md"), new Diagnostics());
    assertThat(Notes.names(n.attendees()))
        .containsExactly(
            "Antoine du Hamel", "Ludwig van Beethoven", "Marta Kowalczyk", "Rafael Ortega");
    assertThat(n.attendees())
        .extracting(NameRef::handle)
        .containsExactly("adh-example", "lvb", "mkowal", "rortega");
    assertThat(n.attendees()).extracting(NameRef::organization).containsOnlyNulls();
    assertThat(n.series()).isEqualTo("Gizmo.js TSC Meeting");
  }

  @Test
  void teamMembersAndOthersAreOneAttendeeList() {
    MeetingNote n =
        Notes.parse(
            "2031-06-03.md",
            """
        # Sprocket team meeting

        ## Attendance

        * Team members: Ines Haddad, kvoss, Tomasz
        * Others: Lior Ben-David

        ## Meeting roles

        * Scribe: kvoss
        """,
            new Diagnostics());
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Ines Haddad", "kvoss", "Tomasz", "Lior Ben-David");
  }

  @Test
  void groupLabelsOnTheirOwnLinesInOneParagraph() {
    MeetingNote n =
        Notes.parse(
            "2031-06-10.md",
            """
        # Attendees

        Core: Ines Haddad, Tomasz Wrona
        Docs: Pilar Soto
        Other attendees: Lior Ben-David, kvoss

        # Discussion
        """,
            new Diagnostics());
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Ines Haddad", "Tomasz Wrona", "Pilar Soto", "Lior Ben-David", "kvoss");
  }

  @Test
  void attendeesInATableAreTheFirstColumn() {
    MeetingNote n =
        Notes.parse(
            "2031-06-17.md",
            """
        # Sprocket sync

        ## Attendees

        | Name | Affiliation |
        |------|-------------|
        | Ines Haddad | Example Works |
        | Tomasz Wrona | |

        ## Notes
        """,
            new Diagnostics());
    assertThat(Notes.names(n.attendees())).containsExactly("Ines Haddad", "Tomasz Wrona");
  }

  @Test
  void anAttendingItemWithGroupsNestedBelowIt() {
    MeetingNote n =
        Notes.parse(
            "2031-06-24.md",
            """
        # Sprocket planning meeting

        * Meeting date: 2031-06-24
        * Attending:
            * Team: Ines Haddad, kvoss
            * Not team: Lior Ben-David
        * [Watch the recording](https://example.org/rec)
        """,
            new Diagnostics());
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Ines Haddad", "kvoss", "Lior Ben-David");
  }

  @Test
  void groupsOfPeoplePresentWithSlashedLabelsAndARegretsLineOfTheirOwn() {
    MeetingNote n =
        Notes.parse(
            "2031-07-01.md",
            """
        # Sprocket steering meeting

        Attendees:
        Steering members: Ines Haddad, Tomasz Wrona
        Guests / presenters: Lior Ben-David, Ama Owusu
        Steering regrets: Petra Lind

        ## Budget

        Ines summarised the budget.
        """,
            new Diagnostics());
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Ines Haddad", "Tomasz Wrona", "Lior Ben-David", "Ama Owusu");
  }
}
