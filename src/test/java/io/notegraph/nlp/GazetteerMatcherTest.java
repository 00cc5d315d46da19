package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class GazetteerMatcherTest {
  private static Model model() throws Exception {
    try (InputStream in =
        GazetteerMatcherTest.class.getResourceAsStream("/ontology/gazetteer.ttl")) {
      Model m = ModelFactory.createDefaultModel();
      RDFParser.source(in).lang(Lang.TURTLE).parse(m);
      return m;
    }
  }

  @Test
  void everyResourceIsAProjectOrOrganizationUnderOurIris() throws Exception {
    Model m = model();
    var pref = m.createProperty("http://www.w3.org/2004/02/skos/core#", "prefLabel");
    var subjects = m.listSubjectsWithProperty(pref).toList();
    assertThat(subjects).hasSizeGreaterThanOrEqualTo(80);
    for (Resource r : subjects) {
      boolean project =
          r.hasProperty(RDF.type, m.createResource("http://usefulinc.com/ns/doap#Project"));
      boolean org =
          r.hasProperty(RDF.type, m.createResource("http://xmlns.com/foaf/0.1/Organization"));
      assertThat(project ^ org).as(r.getURI()).isTrue();
      String prefix = "https://w3id.org/notegraph/id/" + (project ? "project/" : "organization/");
      assertThat(r.getURI()).startsWith(prefix);
      assertThat(r.getURI().substring(prefix.length())).matches("[a-z0-9.]+(-[a-z0-9.]+)*");
      assertThat(r.listProperties(pref).toList()).as(r.getURI()).hasSize(1);
    }
  }

  @Test
  void sameAsPointsOnlyToWikidataItems() throws Exception {
    Model m = model();
    m.listStatements(null, OWL.sameAs, (Resource) null)
        .forEach(
            s ->
                assertThat(s.getObject().asResource().getURI())
                    .matches("http://www\\.wikidata\\.org/entity/Q[0-9]+"));
  }

  @Test
  void labelsReachTheirResources() {
    GazetteerMatcher g = GazetteerMatcher.bundled();
    String text = "K8s kube Kubernetes FCOS RH podman-py";
    var hits = g.matcher().find(text, Tokens.tokenize(text, 0, text.length()));
    assertThat(hits)
        .extracting(h -> h.value().id())
        .containsExactly(
            "project/kubernetes",
            "project/kubernetes",
            "project/kubernetes",
            "project/fedora-coreos",
            "organization/red-hat",
            "project/podman-py");
  }
}
