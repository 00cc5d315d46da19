package io.notegraph.rdf;

import io.notegraph.link.Entity;
import io.notegraph.vocab.Doap;
import io.notegraph.vocab.Ng;
import io.notegraph.vocab.Schema;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** Describes entities (names, labels, nicks, external IDs) in the entities graph. */
final class EntityEmitter {
  private final Iris iris;
  private final QuadSink out;
  private final java.util.function.BiPredicate<String, String> trusted;

  /** {@code trusted}: whether a (person, organization) affiliation is written. */
  EntityEmitter(Iris iris, QuadSink out, java.util.function.BiPredicate<String, String> trusted) {
    this.iris = iris;
    this.out = out.inGraph(iris.entitiesGraph());
    this.trusted = trusted;
  }

  void emit(Entity e) {
    Node n = iris.entity(e.id());
    out.add(n, Labels.LABEL, Labels.of(e.name()));
    switch (e.type()) {
      case PERSON -> {
        out.add(n, RDF.Nodes.type, FOAF.Person.asNode());
        out.add(n, RDF.Nodes.type, Schema.Person);
        out.add(n, FOAF.name.asNode(), Lit.str(e.name()));
        out.add(n, Schema.name, Lit.str(e.name()));
        for (String nick : e.nicks()) out.add(n, FOAF.nick.asNode(), Lit.str(nick));
        for (String org : e.affiliations()) {
          if (trusted.test(e.id(), org)) out.add(n, Schema.affiliation, iris.entity(org));
        }
      }
      case PROJECT -> {
        out.add(n, RDF.Nodes.type, Doap.Project);
        out.add(n, RDF.Nodes.type, Schema.SoftwareSourceCode);
        out.add(n, Doap.name, Lit.str(e.name()));
        out.add(n, Schema.name, Lit.str(e.name()));
        if (e.homepage() != null && Lit.isIri(e.homepage())) {
          out.add(n, Doap.homepage, NodeFactory.createURI(e.homepage()));
        }
        if (e.repository() != null && Lit.isIri(e.repository())) {
          Node repo = iris.entity(e.id() + "/repository");
          out.add(n, Doap.repository, repo);
          out.add(repo, RDF.Nodes.type, Doap.GitRepository);
          out.add(repo, Labels.LABEL, Labels.of(e.name() + " repository"));
          out.add(repo, Doap.browse, NodeFactory.createURI(e.repository()));
        }
        if (e.owner() != null) out.add(n, Schema.publisher, iris.entity(e.owner()));
      }
      case ORGANIZATION -> {
        out.add(n, RDF.Nodes.type, FOAF.Organization.asNode());
        out.add(n, RDF.Nodes.type, Schema.Organization);
        out.add(n, FOAF.name.asNode(), Lit.str(e.name()));
        out.add(n, Schema.name, Lit.str(e.name()));
        if (e.homepage() != null && Lit.isIri(e.homepage())) {
          out.add(n, FOAF.homepage.asNode(), NodeFactory.createURI(e.homepage()));
        }
      }
      case VERSION -> {
        out.add(n, RDF.Nodes.type, Doap.Version);
        String revision = e.id().substring(e.id().lastIndexOf('/') + 1);
        out.add(n, Doap.revision, Lit.str(revision));
        out.add(n, Doap.name, Lit.str(e.name()));
        io.notegraph.link.VersionNumber.parse(revision)
            .ifPresent(
                v -> {
                  out.add(n, Ng.major, Lit.integer(v.major()));
                  out.add(n, Ng.minor, Lit.integer(v.minor()));
                  out.add(n, Ng.patch, Lit.integer(v.patch()));
                  out.add(n, Ng.versionKey, Lit.str(v.sortKey()));
                });
        if (e.project() != null) {
          out.add(n, Ng.versionOf, iris.entity(e.project()));
          out.add(iris.entity(e.project()), Doap.release, n);
        }
      }
      case COMMAND -> out.add(n, RDF.Nodes.type, Ng.Command);
    }
    for (String alt : e.altLabels()) {
      if (!alt.equals(e.name())) out.add(n, SKOS.altLabel.asNode(), Lit.str(alt));
    }
    // Generated gazetteer data (the CNCF landscape) is attributed where it is used.
    if (e.source() != null && Lit.isIri(e.source())) {
      out.add(n, DCTerms.source.asNode(), NodeFactory.createURI(e.source()));
      if (e.license() != null && Lit.isIri(e.license())) {
        out.add(n, DCTerms.license.asNode(), NodeFactory.createURI(e.license()));
      }
    }
    if (e.type() != io.notegraph.nlp.EntityType.PERSON) { // never guess a person's identity
      for (String same : e.sameAs()) {
        if (Lit.isIri(same)) out.add(n, OWL.sameAs.asNode(), NodeFactory.createURI(same));
      }
    }
  }
}
