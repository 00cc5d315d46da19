package io.notegraph.viz;

import static io.notegraph.viz.Fixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.notegraph.viz.ViewNode.Link;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GraphViewTest {
  private final ViewModel view = Fixtures.sampleView().viewModel();

  private ViewNode node(String path) {
    return view.nodes().stream().filter(n -> n.id().equals(ID + path)).findFirst().orElseThrow();
  }

  @Test
  void countsEveryKindOfNode() {
    Map<NodeType, Long> counts =
        view.nodes().stream().collect(Collectors.groupingBy(ViewNode::type, Collectors.counting()));
    assertThat(counts)
        .containsEntry(NodeType.PERSON, 11L)
        .containsEntry(NodeType.PROJECT, 5L)
        .containsEntry(NodeType.ORGANIZATION, 3L)
        .containsEntry(NodeType.MEETING, 3L)
        .containsEntry(NodeType.TALK, 7L);
  }

  @Test
  void sectionsWithoutPresenterOrProjectAreNotTalks() {
    assertThat(view.nodes(NodeType.TALK))
        .extracting(ViewNode::label)
        .contains("Announcements", "Skopeo sync for mirrors")
        .doesNotContain("Questions", "Open discussion");
  }

  @Test
  void countsEveryKindOfEdge() {
    Map<EdgeKind, Long> counts =
        view.edges().stream().collect(Collectors.groupingBy(ViewEdge::kind, Collectors.counting()));
    assertThat(counts)
        .containsEntry(EdgeKind.ATTENDED, 19L)
        .containsEntry(EdgeKind.PRESENTED, 9L)
        .containsEntry(EdgeKind.PART_OF, 7L)
        .containsEntry(EdgeKind.ABOUT, 8L)
        .containsEntry(EdgeKind.AFFILIATION, 9L)
        .containsEntry(EdgeKind.TALKS_ABOUT, 11L);
  }

  @Test
  void talksAboutIsWeightedByTalksPresented() {
    assertThat(view.edges(EdgeKind.TALKS_ABOUT))
        .filteredOn(e -> e.source().equals(ID + "person/bruno-okafor"))
        .extracting(ViewEdge::target, ViewEdge::weight, ViewEdge::dates)
        .containsExactly(
            tuple(ID + "project/cri-o", 1, java.util.List.of("2025-06-03")),
            tuple(ID + "project/podman", 2, java.util.List.of("2025-02-04", "2025-06-03")));
  }

  @Test
  void mentionsSkipEntitiesAlreadyTiedToTheMeeting() {
    assertThat(view.edges(EdgeKind.MENTIONED_IN))
        .extracting(
            e -> e.source().substring(ID.length()) + " -> " + e.target().substring(ID.length()))
        .containsExactly(
            "organization/northwind-systems -> meeting/podman-community-meeting/2025-04-01",
            "organization/suse -> meeting/podman-community-meeting/2025-06-03",
            "project/buildah -> meeting/podman-community-meeting/2025-06-03",
            "project/cri-o -> meeting/podman-community-meeting/2025-04-01",
            "project/kubernetes -> meeting/podman-community-meeting/2025-02-04",
            "project/kubernetes -> meeting/podman-community-meeting/2025-04-01");
  }

  @Test
  void mentionsAreBoundedPerMeeting() {
    ViewModel bounded =
        GraphView.builder().maxMentionsPerMeeting(1).build(Fixtures.sample()).viewModel();
    assertThat(bounded.edges(EdgeKind.MENTIONED_IN)).hasSize(3);
  }

  @Test
  void personLinksToTheFirstLineMentioningThemInEachFile() {
    ViewNode bruno = node("person/bruno-okafor");
    assertThat(bruno.label()).isEqualTo("Bruno Okafor");
    assertThat(bruno.attributes())
        .containsEntry("also known as", "Bruno")
        .containsEntry("nicks", "bokafor");
    assertThat(bruno.links())
        .extracting(Link::text)
        .containsExactly(
            "podman-community/2025-02-04.md:6",
            "podman-community/2025-04-01.md:6",
            "podman-community/2025-06-03.md:6");
    assertThat(bruno.links().get(0).href()).isEqualTo("podman-community/2025-02-04.md#L6");
  }

  @Test
  void talkLinksToItsHeadingRecordingOffsetAndSlides() {
    ViewNode talk = node("meeting/podman-community-meeting/2025-02-04/section/2");
    assertThat(talk.date()).isEqualTo("2025-02-04");
    assertThat(talk.attributes()).containsEntry("recording offset", "2:50");
    assertThat(talk.links())
        .extracting(Link::text, Link::href)
        .containsExactly(
            tuple("podman-community/2025-02-04.md:13", "podman-community/2025-02-04.md#L13"),
            tuple("recording at 2:50", "https://www.youtube.com/watch?v=Fx7QeN0aB1c&t=170s"),
            tuple("slides", "https://example.org/slides/podman-networking.pdf"));
  }

  @Test
  void meetingCarriesItsDateAndNotesFile() {
    ViewNode meeting = node("meeting/podman-community-meeting/2025-04-01");
    assertThat(meeting.label()).isEqualTo("Podman Community Meeting 2025-04-01");
    assertThat(meeting.date()).isEqualTo("2025-04-01");
    assertThat(meeting.links())
        .extracting(Link::text)
        .containsExactly("podman-community/2025-04-01.md", "recording");
  }

  @Test
  void everyEdgeJoinsTwoListedNodes() {
    Map<String, ViewNode> byId =
        view.nodes().stream().collect(Collectors.toMap(ViewNode::id, Function.identity()));
    assertThat(view.edges()).allSatisfy(e -> assertThat(byId).containsKeys(e.source(), e.target()));
  }

  @Test
  void buildingTwiceGivesTheSameHtml() {
    assertThat(GraphView.html(Fixtures.sample())).isEqualTo(GraphView.html(Fixtures.sample()));
  }

  @Test
  void emptyGraphGivesAnEmptyViewAndStillAPage() {
    GraphView empty = GraphView.of(org.apache.jena.rdf.model.ModelFactory.createDefaultModel());
    assertThat(empty.viewModel().nodes()).isEmpty();
    assertThat(empty.html()).contains("\"nodes\":[]");
  }
}
