package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.parse.AgendaSection.SectionKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaSectionTest {
  private static final String COMMUNITY =
      """
      # Widget Community Meeting
      ## March 5, 2024 11:00 a.m. Eastern (UTC-5)

      ### Attendees (4 total)
      Olek Brandt, Kai Moreau, Mina Sato, Jo Ferreira

      ## General Announcements
      ### Olek Brandt

      * The chat moved to a new server.

      ## Widgets on the Edge
      ### Kai Moreau - [Edgeworks](https://edgeworks.example/)
      #### (3:00 in the video)
      #### [Slides](https://slides.example/edge.pdf)

      Kai showed the edge build.

      Demo (7:10 in the video)

      ## Widget v5.1.0 Updates
      ### Mina Sato/Jo Ferreira
      #### ([15:50](https://video.example/x?t=950) in the video)

      Features:
      * Faster start
      * Rootless networks

      ## Demos:
      ### Rootless widgets with overlay
      ### Jo Ferreira
      #### (25:40 in the video)

      ## Questions?
      #### (38:44) in the video)

      1. Will it run on ARM? (kmoreau)

      Yes, next release.

      2. Is there a blog?  Soon.
      """;

  @Test
  void communityStyleSectionsHavePresentersOffsetsAndSlidesInOrder() {
    List<AgendaSection> s = Notes.parse(COMMUNITY).sections();
    assertThat(s)
        .extracting(AgendaSection::title)
        .containsExactly(
            "General Announcements",
            "Widgets on the Edge",
            "Widget v5.1.0 Updates",
            "Demos",
            "Questions?");
    assertThat(Notes.names(s.get(0).presenters())).containsExactly("Olek Brandt");
    assertThat(s.get(0).kind()).isEqualTo(SectionKind.ANNOUNCEMENTS);
    assertThat(Notes.names(s.get(1).presenters())).containsExactly("Kai Moreau");
    assertThat(s.get(1).presenters().get(0).organization()).isEqualTo("Edgeworks");
    assertThat(s.get(1).offset()).isEqualTo(Duration.ofMinutes(3));
    assertThat(s.get(1).slides()).containsExactly("https://slides.example/edge.pdf");
    assertThat(s.get(1).demos())
        .extracting(Demo::offset)
        .containsExactly(Duration.parse("PT7M10S"));
    assertThat(Notes.names(s.get(2).presenters())).containsExactly("Mina Sato", "Jo Ferreira");
    assertThat(s.get(2).offset()).isEqualTo(Duration.parse("PT15M50S"));
    assertThat(Notes.names(s.get(3).presenters())).containsExactly("Jo Ferreira");
    assertThat(s.get(4).offset()).isEqualTo(Duration.parse("PT38M44S"));
  }

  @Test
  void featureListItemsCarryTheirLabel() {
    AgendaSection release = Notes.parse(COMMUNITY).sections().get(2);
    assertThat(release.items())
        .extracting(ListItem::text, ListItem::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Faster start", "Features"),
            org.assertj.core.groups.Tuple.tuple("Rootless networks", "Features"));
  }

  @Test
  void questionsWithAskerAndAnswer() {
    AgendaSection qa = Notes.parse(COMMUNITY).sections().get(4);
    assertThat(qa.kind()).isEqualTo(SectionKind.QUESTIONS);
    assertThat(qa.questions())
        .extracting(Question::text)
        .containsExactly("Will it run on ARM?", "Is there a blog?");
    assertThat(qa.questions().get(0).asker().name()).isEqualTo("kmoreau");
    assertThat(qa.questions().get(0).answer()).isEqualTo("Yes, next release.");
    assertThat(qa.questions().get(1).answer()).isEqualTo("Soon.");
  }

  @Test
  void presenterRangesPointAtTheNames() {
    MeetingNote n = Notes.parse(COMMUNITY);
    for (AgendaSection s : n.sections()) {
      for (NameRef p : s.presenters()) assertThat(p.range().of(COMMUNITY)).isEqualTo(p.name());
    }
  }

  private static final String CABAL =
      """
      # Widget Community Cabal Meeting Notes

      Attendees: Olek Brandt, Kai Moreau, Mina Sato, Jo Ferreira

      ## March 21, 2024 Topics

      1. Storage layers - Kai Moreau
      2. Signing images - Mina Sato/All

      ### Meeting Notes
      Meeting start 11:02 a.m. Thursday, March 21, 2024

      ###  Storage layers (0:57 in the video)

      Notes about layers.

      ### Signing images - (12:00 in the video) - Mina Sato - 3

      ### crun Update - Olek Brandt and Jo Ferreira (18:55 in video)

      ### Lima (30:35 in video) - Kai, Mina

      #### Open discussion (49:00 in the video)

      1. Olek asked whether the release slips?  It does not.

      ### Next Meeting: Thursday, April 18, 2024, 11:00 a.m. EDT (UTC-4)
      ## Possible Topics
      1. Widget shell - Olek Brandt
      """;

  @Test
  void cabalStyleTitleOffsetPresenterInOneHeading() {
    MeetingNote n = Notes.parse(CABAL);
    List<AgendaSection> s = n.sections();
    assertThat(s)
        .extracting(AgendaSection::title)
        .containsExactly(
            "Storage layers", "Signing images", "crun Update", "Lima", "Open discussion");
    assertThat(s)
        .extracting(AgendaSection::offset)
        .containsExactly(
            Duration.parse("PT57S"),
            Duration.ofMinutes(12),
            Duration.parse("PT18M55S"),
            Duration.parse("PT30M35S"),
            Duration.ofMinutes(49));
    assertThat(Notes.names(s.get(0).presenters()))
        .as("from the topic list")
        .containsExactly("Kai Moreau");
    assertThat(Notes.names(s.get(1).presenters())).containsExactly("Mina Sato");
    assertThat(Notes.names(s.get(2).presenters())).containsExactly("Olek Brandt", "Jo Ferreira");
    assertThat(Notes.names(s.get(3).presenters())).containsExactly("Kai", "Mina");
    assertThat(s.get(4).kind()).isEqualTo(SectionKind.OPEN_DISCUSSION);
    assertThat(s.get(4).questions()).hasSize(1);
  }

  @Test
  void plannedAndNextTopicsWithProposers() {
    MeetingNote n = Notes.parse(CABAL);
    assertThat(n.plannedTopics())
        .extracting(Topic::text)
        .containsExactly("Storage layers", "Signing images");
    assertThat(Notes.names(n.plannedTopics().get(1).proposers())).containsExactly("Mina Sato");
    assertThat(n.nextTopics()).extracting(Topic::text).containsExactly("Widget shell");
    assertThat(n.nextMeetings())
        .singleElement()
        .extracting(m -> m.when().toString())
        .isEqualTo("2024-04-18T11:00-04:00");
  }

  @Test
  void subheadingThatIsNotANameDoesNotBecomeAPresenter() {
    MeetingNote n =
        Notes.parse(
            """
        # M
        ## March 5, 2024
        ## Storage Deep Dive
        ### Container Storage Layers
        #### Additional Image Stores
        """);
    assertThat(n.sections())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.title()).isEqualTo("Storage Deep Dive");
              assertThat(s.presenters()).isEmpty();
            });
  }

  @Test
  void missingOffsetTimeIsWarnedAndDropped() {
    var diag = new io.notegraph.diag.Diagnostics();
    MeetingNote n =
        Notes.parse(
            "2024-03-05.md", "# M\n## March 5, 2024\n#### Open discussion ( : in video)\n", diag);
    assertThat(n.sections().get(0).title()).isEqualTo("Open discussion");
    assertThat(n.sections().get(0).offset()).isNull();
    assertThat(Notes.lineDiagnostics(diag))
        .singleElement()
        .asString()
        .contains(":3:")
        .contains("no time");
  }

  @Test
  void presenterInParenthesesOrAfterByCountsOnlyForPeoplePresent() {
    MeetingNote n =
        Notes.parse(
            """
        # M
        ## March 5, 2024
        ### Attendees
        Olek Brandt, Kai Moreau

        ## Widget shell (Olek Brandt)
        ## Storage update by Kai Moreau
        ## Widgets on Mac (Apple Silicon)
        ## Sponsored by Red Hat
        """);
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .containsExactly(
            "Widget shell",
            "Storage update",
            "Widgets on Mac (Apple Silicon)",
            "Sponsored by Red Hat");
    assertThat(n.sections())
        .extracting(s -> Notes.names(s.presenters()))
        .containsExactly(List.of("Olek Brandt"), List.of("Kai Moreau"), List.of(), List.of());
  }

  @Test
  void anAgendaHeadingRightOverTheMeetingsOwnHeadingsCaptionsThemAndPlansNothing() {
    MeetingNote n =
        Notes.parse(
            """
        # Gizmo.js TSC meeting 2031-02-12

        ## Present

        * Ana Ruiz (@aruiz)
        * Bo Lindgren (@blind)

        ## Agenda

        ### Announcements

        * The summit dates are out.

        ### gizmojs/gizmo

        * Drop the old build flags - @aruiz
        * Release cadence for 4.x - @blind
        """);
    assertThat(n.plannedTopics()).isEmpty();
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .doesNotContain("Agenda")
        .contains("Drop the old build flags", "Release cadence for 4.x");
  }

  @Test
  void aBoldCaptionAfterTheNextStepsEndsTheirList() {
    MeetingNote n =
        Notes.parse(
            """
        # Sprocket sync 2031-02-19

        Attendees: Ana Ruiz, Bo Lindgren

        ## Next steps

        - Ana to send the survey
        - Bo to book the room

        **Links**

        - The survey draft
        - The room booking page
        """);
    assertThat(n.actionItems())
        .extracting(ActionItem::task)
        .containsExactly("send the survey", "book the room");
  }

  @Test
  void presentersAfterADashOnePresentOrAfterTheTitlesFullStop() {
    MeetingNote n = Notes.fixture("cabal-heading-presenters.md");
    assertThat(n.sections())
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()), AgendaSection::offset)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Volumes and Kubernetes", List.of("Matt", "Dan"), Duration.ofSeconds(48)),
            org.assertj.core.groups.Tuple.tuple(
                "Proposal to maintain sprocket-compose",
                List.of("Povilas"),
                Duration.ofMinutes(3)));
  }

  @Test
  void aDashBeforeWordsNobodyPresentIsCalledIsPartOfTheTitle() {
    MeetingNote n =
        Notes.parse(
            """
            # Sprocket call 2031-02-27

            Attendees: Ana Ruiz, Bo Lindgren

            ## Storage - Kubernetes, Podman

            Notes.
            """);
    assertThat(n.sections())
        .extracting(AgendaSection::title)
        .containsExactly("Storage - Kubernetes, Podman");
  }
}
