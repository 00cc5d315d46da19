package io.notegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;

/** The shapes accept the hand-written contract example and catch specific breaches of it. */
class ShapesTest {
  static final String ID = "https://w3id.org/notegraph/id/";
  static final String SCHEMA = "https://schema.org/";
  static final String NG = "https://w3id.org/notegraph/ontology#";
  static final Node MEETING = iri(ID + "meeting/podman-community-meeting/2024-03-05");
  static final Node SECTION = iri(ID + "meeting/podman-community-meeting/2024-03-05/section/2");
  static final Node TEODOR = iri(ID + "person/teodor-lindqvist");

  static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

  @Test
  void contractExampleConforms() {
    ValidationReport report = ShaclValidator.get().validate(SHAPES, example());
    assertThat(report.getEntries()).isEmpty();
    assertThat(report.conforms()).isTrue();
  }

  @Test
  void personWithSameAsViolates() {
    Node wikidata = iri("http://www.wikidata.org/entity/Q1");
    List<ReportEntry> entries = violations(g -> g.add(TEODOR, OWL.sameAs.asNode(), wikidata));
    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.focusNode()).isEqualTo(TEODOR);
              assertThat(e.resultPath().toString()).contains("owl#sameAs");
            });
  }

  @Test
  void meetingWithTwoStartDatesViolates() {
    Node second = dateTime("2024-03-05T11:00:00-05:00");
    List<ReportEntry> entries = violations(g -> g.add(MEETING, iri(SCHEMA + "startDate"), second));
    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.focusNode()).isEqualTo(MEETING);
              assertThat(e.resultPath().toString()).contains("startDate");
            });
  }

  @Test
  void sectionWithNonDurationOffsetViolates() {
    Node offset = iri(NG + "recordingOffset");
    List<ReportEntry> entries =
        violations(
            g -> {
              g.remove(SECTION, offset, Node.ANY);
              g.add(SECTION, offset, NodeFactory.createLiteralString("3:00 in the video"));
            });
    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.focusNode()).isEqualTo(SECTION);
              assertThat(e.resultPath().toString()).contains("recordingOffset");
            });
  }

  @Test
  void documentAboutTwoMeetingsViolates() {
    Node doc = iri(ID + "doc/samples/2024-03-05-community.md");
    Node other = iri(ID + "meeting/podman-community-cabal-meeting/2024-03-21");
    List<ReportEntry> entries = violations(g -> g.add(doc, iri(SCHEMA + "about"), other));
    assertThat(entries).extracting(ReportEntry::focusNode).containsExactly(doc);
  }

  @Test
  void meetingOutsideASeriesViolatesButSectionsAreNotTakenForMeetings() {
    Node superEvent = iri(SCHEMA + "superEvent");
    List<ReportEntry> entries = violations(g -> g.remove(MEETING, superEvent, Node.ANY));
    assertThat(entries).extracting(ReportEntry::focusNode).containsExactly(MEETING);
  }

  @Test
  void attendeeThatIsNotAPersonViolates() {
    Node podman = iri(ID + "project/podman");
    List<ReportEntry> entries = violations(g -> g.add(MEETING, iri(SCHEMA + "attendee"), podman));
    assertThat(entries).extracting(ReportEntry::focusNode).containsExactly(MEETING);
  }

  static Graph example() {
    Graph graph = GraphFactory.createDefaultGraph();
    RDFDataMgr.read(graph, "rdf/contract-example.ttl");
    return graph;
  }

  static List<ReportEntry> violations(Consumer<Graph> breakIt) {
    Graph graph = example();
    breakIt.accept(graph);
    return List.copyOf(ShaclValidator.get().validate(SHAPES, graph).getEntries());
  }

  static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }

  static Node dateTime(String lexical) {
    return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdateTime);
  }
}
