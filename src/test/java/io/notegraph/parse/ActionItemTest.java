package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionItemTest {
  private static final MeetingNote NOTE =
      Notes.parse(Path.of("src/test/resources/parse/action-items.md"), new Diagnostics());

  private static List<String> rows() {
    return NOTE.actionItems().stream()
        .map(
            a ->
                String.join("+", Notes.names(a.agents()))
                    + " | "
                    + a.task()
                    + (a.done() ? " | done" : ""))
        .toList();
  }

  @Test
  void tasksAreFoundByTheirOwnWordsAndUnderAnActionItemsHeading() {
    assertThat(rows())
        .containsExactly(
            "Bartek | benchmark the tokenizer on the big fixtures",
            "suvi-a | update the contributor guide",
            "owolny | tag the 0.4 release | done",
            "Oona+Suvi | draft the migration note",
            "Bartek | open a tracking issue",
            "mwebb | close the stale pull requests | done",
            " | Ask the infra team about runners");
  }

  @Test
  void eachTaskKeepsItsLineAndAgentsPointAtTheirName() {
    ActionItem first = NOTE.actionItems().get(0);
    assertThat(first.range().line()).isEqualTo(19);
    NameRef bartek = first.agents().get(0);
    assertThat(bartek.range().of(Files.text())).isEqualTo("Bartek");
  }

  @Test
  void agentsAreNamedByTheStructureSoTheLinkStageResolvesThem() {
    assertThat(Notes.names(NOTE.nameRefs())).contains("Bartek", "suvi-a", "mwebb");
  }

  @Test
  void anAssigneeInsideTheLineOrWithAnInitial() {
    MeetingNote n =
        Notes.parse(
            "2031-05-01.md",
            """
        # Action items
        * [x] #4242 — Make the frobnicator lazy — @Pilar S to write the recommendation
        * [ ] schedule a design meeting on caching @Tomasz W
        """,
            new io.notegraph.diag.Diagnostics());
    assertThat(n.actionItems())
        .extracting(a -> Notes.names(a.agents()).get(0))
        .containsExactly("Pilar S", "Tomasz W");
    assertThat(n.actionItems().get(1).task()).isEqualTo("schedule a design meeting on caching");
  }

  @Test
  void aCheckboxWithAHandleLeadingItIsThatPersonsTaskAnywhereInTheNotes() {
    MeetingNote n =
        Notes.parse(
            "2031-05-01.md",
            """
        # Heron sync 2031-05-01

        ## Flaky arm64 tests - Yuki Sato
        - Yuki found the timeout in the shim.
        - [ ] @amara to add a retry to the e2e harness
        - [x] @ines: bump the base image
        - [ ] Review P-high issues
        """,
            new io.notegraph.diag.Diagnostics());
    assertThat(n.actionItems())
        .extracting(a -> Notes.names(a.agents()) + " " + a.task() + " " + a.done())
        .containsExactly(
            "[amara] add a retry to the e2e harness false", "[ines] bump the base image true");
  }

  @Test
  void nestedDetailsUnderAnActionItemsHeadingAreNotTasks() {
    assertThat(NOTE.actionItems()).noneMatch(a -> a.task().contains("numbers from last week"));
  }

  /** The fixture's text, for checking ranges. */
  private static final class Files {
    static String text() {
      try {
        return java.nio.file.Files.readString(Path.of("src/test/resources/parse/action-items.md"));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static List<String> rows(MeetingNote n) {
    return n.actionItems().stream()
        .map(a -> String.join("+", Notes.names(a.agents())) + " | " + a.task())
        .toList();
  }

  @Test
  void arrowsLeadingHandlesAndTrailingFullNameMentionsGiveTheAgents() {
    MeetingNote n =
        Notes.parse(
            """
        # Sprocket sync 2031-04-07

        Present: Ana Ruiz, Bo Lindgren, Chidi Okafor

        ## Follow-ups

        - Ana → draft the migration guide
        - Bo, Chidi → get the loopback job green
        - [ ] @blind publish the gap analysis
        - [ ] @aruiz @chidio update the examples once v3 ships
        - [ ] Write the codemod docs @Bo Lindgren (Due: May 30, 2031)
        """);
    assertThat(rows(n))
        .containsExactly(
            "Ana | draft the migration guide",
            "Bo+Chidi | get the loopback job green",
            "blind | publish the gap analysis",
            "aruiz+chidio | update the examples once v3 ships",
            "Bo Lindgren | Write the codemod docs");
  }

  @Test
  void aTaskTheMinutesStateAndTheClosingListRepeatsIsOneTask() {
    MeetingNote n =
        Notes.parse(
            """
        # Sprocket PMC call 2031-05-14

        Present: Ana Ruiz, Bo Lindgren

        ## Release status

        - Ana will promote RC2 to 3.2.0 and announce it once the mirrors have synced.
        - Bo will look at the flaky test.

        ## Actions

        - ACTION: Ana to promote RC2 to 3.2.0 and send the announcement mail
        - ACTION: Bo to update the website
        - ACTION: Ana to review the docs pull request for the website
        - ACTION: Ana to merge the docs pull request for the website
        """);
    assertThat(rows(n))
        .containsExactly(
            "Bo | look at the flaky test.",
            "Ana | promote RC2 to 3.2.0 and send the announcement mail",
            "Bo | update the website",
            "Ana | review the docs pull request for the website",
            "Ana | merge the docs pull request for the website");
  }

  @Test
  void meetbotActionsDashSeparatedOwnersHandlePairsAndACaptionWithoutColon() {
    MeetingNote n =
        Notes.parse(
            """
        # Widget SIG 2031-11-24

        **Roll call.** Present: Ana Ruiz (aruiz), Bo Lindgren (blind), Chidi Okafor

        ## #topic Images
        - #action aruiz, blind test the image on real hardware

        ## Wrap-up

        Follow-ups
        - Chidi Okafor — publish the migration guide
        - @aruiz @blind: write up option B
        """);
    assertThat(rows(n))
        .containsExactly(
            "aruiz+blind | test the image on real hardware",
            "Chidi Okafor | publish the migration guide",
            "aruiz+blind | write up option B");
  }

  @Test
  void aTableUnderANextStepsCaptionIsOneTaskPerRow() {
    MeetingNote n =
        Notes.parse(
            """
        # Widget summit session 2031-04-09

        Attendees: Ana Ruiz, Bo Lindgren, Chidi Okafor

        ### Next steps

        | Owner | Next step | By |
        |---|---|---|
        | Ana Ruiz | move the test suite repo | May 2031 |
        | Bo Lindgren, Chidi | write a migration guide | — |
        """);
    assertThat(rows(n))
        .containsExactly(
            "Ana Ruiz | move the test suite repo", "Bo Lindgren+Chidi | write a migration guide");
  }

  @Test
  void checkboxesParenthesesTwoWordGivenNamesAndNicksWithDigitsOwnTheirTasks() {
    MeetingNote n =
        Notes.parse(
            """
        # Sprocket sync 2031-06-02

        Attendees: Ana Lucía Ruiz, Bo Lindgren, dev_42

        ## Action items

        - [ ] Ana Lucía to draft the release checklist
        - (Bo to figure out the mirror quota)
        - dev_42 to rerun the nightly job :)
        - Unassigned: refresh the contributor guide
        - TBD: pick a date for the sprint
        """);
    assertThat(rows(n))
        .containsExactly(
            "Ana Lucía | draft the release checklist",
            "Bo | figure out the mirror quota",
            "dev_42 | rerun the nightly job :)",
            " | refresh the contributor guide",
            " | pick a date for the sprint");
  }

  @Test
  void aBotsStampIsNoPartOfTheTaskAndATaskTheBotListsAgainIsOne() {
    MeetingNote n =
        Notes.parse(
            """
        # Sprocket IRC meeting 2031-06-09

        ## Meeting summary

        * ACTION: look into the nightly timeouts on the arm runners (aruiz, 16:09:12)
        * ACTION: bo to ping infra (aruiz, 16:12:40)

        ## Action items

        * look into the nightly timeouts on the arm runners
        * bo to ping infra

        ## Action items, by person

        * bo
          * bo to ping infra

        ## People present (lines said)

        * aruiz (40)
        * bo (12)
        * sprocketbot (5)
        """);
    assertThat(Notes.names(n.attendees())).containsExactly("aruiz", "bo");
    // the bot's summary, its action list and its list by person: each task once
    assertThat(rows(n))
        .containsExactly(" | look into the nightly timeouts on the arm runners", "bo | ping infra");
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .doesNotContain("Action items, by person");
  }

  @Test
  void tasksGivenOutLoudInATranscriptAndTheListThatRepeatsThemAreOneEach() {
    MeetingNote n =
        Notes.parse(
            """
        # Sprocket Cabal 2031-06-16

        **Attendees:** Ana Ruiz (@aruiz), Bo Lindgren (@blind), Chidi Okafor

        ## Transcript

        [00:00:04] Ana Ruiz
        Welcome. I'll share my screen first.

        [00:04:10] Bo Lindgren
        I'll take the action to write the migration notice, a blog post plus a release note paragraph.

        [00:05:00] Ana Ruiz
        ACTION: Chidi to check the mirror quota. Then we move on.

        ## Action items

        - [ ] @blind — write the migration notice (blog post + release note)
        """);
    assertThat(rows(n))
        .containsExactly(
            "Chidi | check the mirror quota.",
            "blind | write the migration notice (blog post + release note)");
  }

  @Test
  void openItemsFromEarlierMeetingsKeepOwnerAndStatusAndAChatBelowHoldsNoTasks() {
    MeetingNote n =
        Notes.parse(
            """
        # Widget TOC meeting 2031-04-05

        **Attendance**

        TOC: Ana Ruiz (chair), Bo Lindgren, Benedikt von Hagen

        **Open items from previous meetings**

        - [x] Benedikt von Hagen: circulate the revised criteria — done, merged in the repo
        - [ ] Bo: review the security self-assessment — in progress

        > Note from Ana: the notes below were typed during the call.

        ## Next steps

        - **Bo** — open the transfer discussion on the forum

        **From the chat** (copied by Ana)

        - @mosslight: tidewatch 0.3 is the version we would bring, 0.4 is planned
        - @kettle: is there a template for requests?
        - @kettle: open the request in the admin repo
        """);
    assertThat(rows(n))
        .containsExactly(
            "Benedikt von Hagen | circulate the revised criteria",
            "Bo | review the security self-assessment",
            "Bo | open the transfer discussion on the forum",
            "kettle | open the request in the admin repo");
    assertThat(n.actionItems()).extracting(ActionItem::done).startsWith(true, false);
  }
}
