package io.notegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.link.IdentityResolver;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.nlp.Recognizer;
import io.notegraph.nlp.gazetteer.Gazetteer;
import io.notegraph.pipeline.Pipeline;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** What a note states about releases and affiliations lands in that note's graph, with evidence. */
class ReleaseGraphTest {
  private static final String BASE = "https://w3id.org/notegraph/id/";
  private static final String NG = "https://w3id.org/notegraph/ontology#";

  private static LinkedCorpus corpus() {
    String text =
        """
        # Podman Community Meeting
        ## March 5, 2031 11:00 a.m. Eastern (UTC-5)
        ### Attendees
        Ada Quill, Cleo Varga
        ## Podman Update
        ### Ada Quill

        Podman v9.1.0 is out today. Podman v9.2 will be released next month.
        Cleo Varga from Red Hat showed the new pods.
        Buildah is now at 1.45 in testing.
        """;
    SourceDocument doc =
        new SourceDocument(
            "2031-03-05.md",
            URI.create("file:///notes/2031-03-05.md"),
            text,
            StandardCharsets.UTF_8,
            List.of());
    return Pipeline.builder()
        .parallel(false)
        .finder(Recognizer.builder().withoutModel().build())
        .linker(IdentityResolver.builder().gazetteer(Gazetteer.fromClasspath()).build())
        .build()
        .run(List.of(doc), new Diagnostics(), n -> {});
  }

  private static DatasetGraph emit(double minConfidence) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    new GraphEmitter(BASE, minConfidence).emit(corpus(), StreamRDFLib.dataset(dsg));
    return dsg;
  }

  private static Node iri(String s) {
    return NodeFactory.createURI(s.startsWith("http") ? s : BASE + s);
  }

  @Test
  void releaseStatusIssuedDateAndAffiliationAreInTheNotesGraph() {
    DatasetGraph dsg = emit(0);
    Node doc = iri("doc/2031-03-05.md");
    Node status = iri(NG + "releaseStatus");
    assertThat(
            dsg.contains(
                doc,
                iri("project/podman/version/9.1.0"),
                status,
                NodeFactory.createLiteralString("released")))
        .isTrue();
    assertThat(
            dsg.contains(
                doc,
                iri("project/podman/version/9.2"),
                status,
                NodeFactory.createLiteralString("planned")))
        .isTrue();
    assertThat(
            dsg.contains(
                doc,
                iri("project/podman/version/9.1.0"),
                iri("http://purl.org/dc/terms/issued"),
                Node.ANY))
        .isTrue();
    assertThat(
            dsg.contains(
                doc,
                iri("project/podman/version/9.2"),
                iri("http://purl.org/dc/terms/issued"),
                Node.ANY))
        .isFalse();
    assertThat(
            dsg.contains(
                doc,
                iri("person/cleo-varga"),
                iri("https://schema.org/affiliation"),
                iri("organization/red-hat")))
        .isTrue();
    assertThat(dsg.contains(doc, Node.ANY, iri(NG + "confidence"), Node.ANY)).isTrue();
  }

  @Test
  void minConfidenceLeavesOutWeakerStatementsAndTheirEvidence() {
    DatasetGraph dsg = emit(0.8);
    Node doc = iri("doc/2031-03-05.md");
    Node buildah = iri("project/buildah/version/1.45"); // tied by its sentence: 0.7
    assertThat(dsg.contains(doc, buildah, iri(NG + "versionOf"), Node.ANY)).isFalse();
    assertThat(
            dsg.contains(
                doc, Node.ANY, iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"), buildah))
        .isFalse();
    assertThat(
            dsg.contains(
                doc,
                iri("person/cleo-varga"),
                iri("https://schema.org/affiliation"),
                iri("organization/red-hat")))
        .isTrue(); // 0.85
  }
}
