package io.notegraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

/**
 * The projects and organizations of {@code ontology/gazetteer.ttl}: each resource's prefLabel and
 * altLabels match case-insensitively (labels of one or two characters, and prefLabels also listed
 * as hiddenLabels, only as written); hiddenLabels match only as written. Immutable, thread-safe.
 */
final class Gazetteer {
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String DOAP_PROJECT = "http://usefulinc.com/ns/doap#Project";
  static final String FOAF_ORGANIZATION = "http://xmlns.com/foaf/0.1/Organization";

  /** One gazetteer resource. */
  record Entry(String iri, EntityType type, String prefLabel) {}

  private final List<Entry> entries;
  private final PhraseMatcher<Entry> matcher = new PhraseMatcher<>();

  private Gazetteer(Model model) {
    List<Entry> list = new ArrayList<>();
    Property pref = model.createProperty(SKOS, "prefLabel");
    Property alt = model.createProperty(SKOS, "altLabel");
    Property hidden = model.createProperty(SKOS, "hiddenLabel");
    List<Resource> subjects =
        model.listSubjectsWithProperty(pref).toList().stream()
            .filter(Resource::isURIResource)
            .sorted(Comparator.comparing(Resource::getURI))
            .toList();
    for (Resource r : subjects) {
      EntityType type;
      if (r.hasProperty(RDF.type, model.createResource(DOAP_PROJECT))) {
        type = EntityType.PROJECT;
      } else if (r.hasProperty(RDF.type, model.createResource(FOAF_ORGANIZATION))) {
        type = EntityType.ORGANIZATION;
      } else {
        continue;
      }
      List<String> hiddenLabels = labels(r, hidden);
      String prefLabel = labels(r, pref).get(0);
      Entry e = new Entry(r.getURI(), type, prefLabel);
      list.add(e);
      for (String h : hiddenLabels) matcher.add(h, true, e);
      matcher.add(prefLabel, prefLabel.length() <= 2 || hiddenLabels.contains(prefLabel), e);
      for (String a : labels(r, alt)) matcher.add(a, a.length() <= 2, e);
    }
    this.entries = List.copyOf(list);
  }

  /** The gazetteer shipped in the jar ({@code /ontology/gazetteer.ttl}). */
  static Gazetteer bundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("/ontology/gazetteer.ttl")) {
      if (in == null) throw new IllegalStateException("gazetteer.ttl missing from the classpath");
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Gazetteer read(InputStream in) {
    Model m = ModelFactory.createDefaultModel();
    RDFParser.source(in).lang(Lang.TURTLE).parse(m);
    return new Gazetteer(m);
  }

  List<Entry> entries() {
    return entries;
  }

  PhraseMatcher<Entry> matcher() {
    return matcher;
  }

  private static List<String> labels(Resource r, Property p) {
    return r.listProperties(p).toList().stream()
        .map(s -> s.getObject())
        .filter(RDFNode::isLiteral)
        .map(o -> o.asLiteral().getLexicalForm())
        .sorted()
        .toList();
  }
}
