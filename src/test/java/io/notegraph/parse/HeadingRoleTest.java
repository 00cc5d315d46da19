package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which headings of triage-style minutes are talks, and who presents them (fictional notes). */
class HeadingRoleTest {
  private static final MeetingNote NOTE =
      Notes.parse(Path.of("src/test/resources/parse/agenda-items.md"), new Diagnostics());

  private static List<String> talks() {
    return NOTE.sections().stream()
        .map(s -> s.title() + " | " + String.join("+", Notes.names(s.presenters())))
        .toList();
  }

  @Test
  void itemsUnderGroupHeadingsAreTheTalksAndBoilerplateIsNot() {
    assertThat(talks())
        .containsExactly(
            "sprocket fuzzing | Dana",
            "\"Gadget async traits\" gadget#40 | Chidi",
            "\"Widget layout is unsound\" gadget#77 | Ana+bo",
            "widget unions | Ana+bo",
            "sprocket traits | chidi-k");
  }

  @Test
  void theLayoutSignalsSayWhyHeadingsWereNotTalks() {
    assertThat(NOTE.layoutSignals())
        .contains("not-a-talk", "agenda-group", "unowned-item", "presenter-list-item");
  }

  @Test
  void aPersonPresentTakingATaskAnywhereIsAnActionItem() {
    assertThat(NOTE.actionItems())
        .extracting(a -> String.join("+", Notes.names(a.agents())) + " | " + a.task())
        .contains("Ana | write a summary comment");
  }

  @Test
  void anHeadingWithOnlyNoneUnderItIsNoTalk() {
    assertThat(NOTE.sections()).noneMatch(s -> s.title().startsWith("Open discussion"));
  }

  @Test
  void aSingleTopicMeetingWhoseHeadingsAreAnOutlineIsOneTalk() {
    MeetingNote n =
        Notes.parse(
            "2031-07-01-sprocket-lifetimes.md",
            """
        # Design meeting 2031-07-01: Sprocket lifetimes
        ## Summary
        Sprockets should outlive their widgets.
        ## Motivation
        Widgets leak today.
        ## Alternatives
        Reference counting.
        """,
            new Diagnostics());
    assertThat(n.sections())
        .singleElement()
        .satisfies(s -> assertThat(s.title()).contains("Sprocket lifetimes"));
  }

  @Test
  void aPresenterStandingInForSomeoneElseIsThePresenter() {
    MeetingNote n =
        Notes.parse(
            "2031-07-02.md",
            """
        # Gadget Cabal Meeting Notes
        ## July 2, 2031
        ### Attendees
        Ana Ruiz, Bo Lindgren
        #### Rootless gizmos lose their address - Ana Ruiz for Kai Moreau - (4:22 in the video)
        Some words.
        #### Sprocket ssh hosts - Bo Lindgren
          - (14:08 in the video)

        More words.
        """,
            new Diagnostics());
    assertThat(n.sections())
        .extracting(
            s ->
                s.title()
                    + " | "
                    + String.join("+", Notes.names(s.presenters()))
                    + " | "
                    + s.offset())
        .containsExactly(
            "Rootless gizmos lose their address | Ana Ruiz | PT4M22S",
            "Sprocket ssh hosts | Bo Lindgren | PT14M8S");
  }

  @Test
  void anUpdatesCaptionOverSeveralHeadingsHoldsOneReportPerHeading() {
    MeetingNote n =
        Notes.parse(
            "2031-07-08-planning.md",
            """
        # Gadget planning 2031-07-08
        ## Initiative updates
        ### Sprocket pools update
        * pools now shrink when idle
        ### Widget layout update
        * the new solver landed
        ## Status updates
        * quill: why are these not happening?
        * brannoc: nobody had time this month
        """,
            new Diagnostics());
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .containsExactly("Sprocket pools update", "Widget layout update", "Status updates");
  }
}
