package io.notegraph.link;

import static io.notegraph.link.Fixtures.idAt;
import static io.notegraph.link.Fixtures.mention;
import static io.notegraph.link.Fixtures.note;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/** Projects and organizations resolve through the gazetteer, others by normalised name. */
class ProjectsAndOrganizationsTest {
  private static final String TEXT =
      """
      # Fictional Meeting

      ### Attendees
      Zora Quill (Red Hat LLC)

      ## Clusters
      ### Zora Quill

      We run it on K8s, also k8s, also Kubernetes. FCOS is Fedora CoreOS.
      The Podman Python bindings are podman-py. RH is Red Hat.
      The Frobnicator and the frobnicator are one project.
      """;

  private static final Gazetteer GAZETTEER =
      Gazetteer.read(ProjectsAndOrganizationsTest.class.getResourceAsStream("/link/gazetteer.ttl"));

  private static LinkedCorpus corpus() {
    AnnotatedNote n = note("p.md", TEXT);
    for (String p :
        new String[] {
          "K8s",
          "k8s",
          "Kubernetes",
          "FCOS",
          "Fedora CoreOS",
          "Podman Python bindings",
          "podman-py",
          "Frobnicator",
          "frobnicator"
        }) {
      n = mention(n, EntityType.PROJECT, p, 0, 1);
    }
    n = mention(n, EntityType.ORGANIZATION, "RH", 0, 1);
    n = mention(n, EntityType.ORGANIZATION, "Red Hat", 1, 1);
    var resolver = IdentityResolver.builder().gazetteer(GAZETTEER).build();
    return resolver.link(java.util.List.of(n), new Diagnostics());
  }

  @Test
  void everySpellingOfAGazetteerProjectIsOneEntity() {
    var c = corpus();
    for (String p : new String[] {"K8s", "k8s", "Kubernetes"}) {
      assertThat(idAt(c, "p.md", p, 0)).isEqualTo("project/kubernetes");
    }
    assertThat(idAt(c, "p.md", "FCOS", 0)).isEqualTo("project/fedora-coreos");
    assertThat(idAt(c, "p.md", "Fedora CoreOS", 0)).isEqualTo("project/fedora-coreos");
    assertThat(idAt(c, "p.md", "podman-py", 0)).isEqualTo("project/podman-py");
    assertThat(idAt(c, "p.md", "Podman Python bindings", 0)).isEqualTo("project/podman-py");
    assertThat(idAt(c, "p.md", "RH", 0)).isEqualTo("organization/red-hat");
  }

  @Test
  void gazetteerEntitiesCarryTheirExternalIdentifiers() {
    Entity k8s = corpus().entity("project/kubernetes");
    assertThat(k8s.name()).isEqualTo("Kubernetes");
    assertThat(k8s.type()).isEqualTo(EntityType.PROJECT);
    assertThat(k8s.sameAs()).containsExactly("http://www.wikidata.org/entity/Q22661306");
    assertThat(k8s.homepage()).isEqualTo("https://kubernetes.io/");
    assertThat(k8s.repository()).isEqualTo("https://github.com/kubernetes/kubernetes");
    assertThat(k8s.altLabels()).contains("K8s", "k8s");
    Entity rh = corpus().entity("organization/red-hat");
    assertThat(rh.homepage()).isEqualTo("https://www.redhat.com/");
  }

  @Test
  void aProjectTheGazetteerLacksIsKeyedByItsNormalisedName() {
    var c = corpus();
    assertThat(idAt(c, "p.md", "Frobnicator", 0)).isEqualTo("project/frobnicator");
    assertThat(idAt(c, "p.md", "frobnicator", 0)).isEqualTo("project/frobnicator");
    assertThat(c.entity("project/frobnicator").name()).isEqualTo("Frobnicator");
    assertThat(c.entity("project/frobnicator").sameAs()).isEmpty();
  }

  @Test
  void anOrganizationGivenBesideANameIsAnAffiliationAndPersonsHaveNoSameAs() {
    Entity zora = corpus().entity("person/zora-quill");
    assertThat(zora.affiliations()).containsExactly("organization/red-hat");
    assertThat(zora.sameAs()).isEmpty();
  }

  @Test
  void aLabelTwoEntriesShareGoesToTheEntryOfTheMentionsType() {
    String ttl =
        """
        @prefix doap: <http://usefulinc.com/ns/doap#> .
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://w3id.org/notegraph/id/project/lantern> a doap:Project ; skos:prefLabel "Lantern" .
        <https://w3id.org/notegraph/id/organization/lantern-inc> a foaf:Organization ;
            skos:prefLabel "Lantern Inc" ; skos:altLabel "Lantern" .
        """;
    var g = Gazetteer.read(new java.io.ByteArrayInputStream(ttl.getBytes(UTF_8)));
    assertThat(g.lookup("lantern", EntityType.PROJECT).orElseThrow().id())
        .isEqualTo("project/lantern");
    assertThat(g.lookup("LANTERN", EntityType.ORGANIZATION).orElseThrow().id())
        .isEqualTo("organization/lantern-inc");
  }
}
