package io.notegraph.link;

import io.notegraph.nlp.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Known projects and organizations, read from a SKOS/DOAP Turtle file ({@code
 * ontology/gazetteer.ttl}): each {@code a doap:Project} or {@code a foaf:Organization} with {@code
 * skos:prefLabel}, {@code skos:altLabel}, {@code skos:hiddenLabel}, {@code owl:sameAs}, {@code
 * doap:homepage}, {@code doap:repository}. Labels match case-, accent- and punctuation-
 * insensitively ("K8s", "k8s"). Immutable; thread-safe.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.fromClasspath();
 * g.lookup("FCOS").map(Gazetteer.Entry::id); // Optional[project/fedora-coreos]
 * }</pre>
 */
public final class Gazetteer {
  static final String BASE = "https://w3id.org/notegraph/id/";
  private static final String DOAP = "http://usefulinc.com/ns/doap#";
  private static final String FOAF = "http://xmlns.com/foaf/0.1/";
  private static final String SCHEMA = "https://schema.org/";

  /** One known project or organization; {@code id} is its path under the base IRI. */
  public record Entry(
      String id,
      EntityType type,
      String name,
      SortedSet<String> labels,
      List<String> sameAs,
      String homepage,
      String repository) {
    public Entry {
      labels = Collections.unmodifiableSortedSet(new TreeSet<>(labels));
      sameAs = List.copyOf(sameAs);
    }
  }

  private final Map<String, Entry> byId;

  /** Entries by normalised label; a label two entries share lists both, by id. */
  private final Map<String, List<Entry>> byLabel;

  private Gazetteer(Map<String, Entry> byId) {
    this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
    Map<String, List<Entry>> labels = new TreeMap<>();
    for (Entry e : this.byId.values()) {
      SortedSet<String> keys = new TreeSet<>();
      keys.add(Names.normalise(e.name()));
      e.labels().forEach(l -> keys.add(Names.normalise(l)));
      keys.forEach(k -> labels.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
    }
    this.byLabel = Collections.unmodifiableMap(labels);
  }

  public static Gazetteer empty() {
    return new Gazetteer(Map.of());
  }

  /** {@code /ontology/gazetteer.ttl} from the classpath, or an empty gazetteer without one. */
  public static Gazetteer fromClasspath() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("/ontology/gazetteer.ttl")) {
      return in == null ? empty() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Gazetteer load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads Turtle; throws {@link org.apache.jena.riot.RiotException} on a syntax error. */
  public static Gazetteer read(InputStream turtle) {
    Model m = RDFParser.source(turtle).lang(Lang.TURTLE).toModel();
    Map<String, Entry> byId = new TreeMap<>();
    for (Resource r : m.listSubjects().toList()) {
      if (!r.isURIResource()) continue;
      EntityType type = typeOf(r);
      if (type == null) continue;
      String id = idOf(r.getURI());
      SortedSet<String> labels = new TreeSet<>();
      for (var p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
        r.listProperties(p).forEach(s -> labels.add(s.getString()));
      }
      String name = r.hasProperty(SKOS.prefLabel) ? r.getProperty(SKOS.prefLabel).getString() : id;
      List<String> sameAs = new ArrayList<>();
      r.listProperties(OWL.sameAs).forEach(s -> sameAs.add(uri(s.getObject())));
      Collections.sort(sameAs);
      String home = first(r, m.createProperty(DOAP + "homepage"));
      if (home == null) home = first(r, m.createProperty(FOAF + "homepage"));
      String repo = first(r, m.createProperty(DOAP + "repository"));
      byId.put(id, new Entry(id, type, name, labels, sameAs, home, repo));
    }
    return new Gazetteer(byId);
  }

  /** The entry one of whose labels matches {@code surface}. */
  public Optional<Entry> lookup(String surface) {
    return byLabel.getOrDefault(Names.normalise(surface), List.of()).stream().findFirst();
  }

  /** The entry a label names, preferring one of {@code type} when entries share the label. */
  public Optional<Entry> lookup(String surface, EntityType type) {
    List<Entry> all = byLabel.getOrDefault(Names.normalise(surface), List.of());
    return all.stream()
        .filter(e -> e.type() == type)
        .findFirst()
        .or(() -> all.stream().findFirst());
  }

  public Optional<Entry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Entry> entries() {
    return List.copyOf(byId.values());
  }

  private static EntityType typeOf(Resource r) {
    if (r.hasProperty(RDF.type, r.getModel().createResource(DOAP + "Project"))) {
      return EntityType.PROJECT;
    }
    if (r.hasProperty(RDF.type, r.getModel().createResource(FOAF + "Organization"))
        || r.hasProperty(RDF.type, r.getModel().createResource(SCHEMA + "Organization"))) {
      return EntityType.ORGANIZATION;
    }
    return null;
  }

  static String idOf(String iri) {
    if (iri.startsWith(BASE)) return iri.substring(BASE.length());
    String[] parts = iri.replaceAll("/+$", "").split("/");
    return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : iri;
  }

  /** A repository given as a {@code doap:GitRepository} node is read through its browse link. */
  private static String first(Resource r, org.apache.jena.rdf.model.Property p) {
    var s = r.getProperty(p);
    if (s == null) return null;
    RDFNode o = s.getObject();
    if (o.isResource() && !o.isURIResource()) {
      var browse = o.asResource().getProperty(r.getModel().createProperty(DOAP + "browse"));
      if (browse == null)
        browse = o.asResource().getProperty(r.getModel().createProperty(DOAP + "location"));
      return browse == null ? null : uri(browse.getObject());
    }
    return uri(o);
  }

  private static String uri(RDFNode n) {
    return n.isURIResource() ? n.asResource().getURI() : n.toString();
  }
}
