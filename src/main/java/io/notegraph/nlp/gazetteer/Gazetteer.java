package io.notegraph.nlp.gazetteer;

import io.notegraph.nlp.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Known projects and organizations: the one reader of the gazetteer files for the nlp and link
 * stages. Reads SKOS/DOAP Turtle ({@code a doap:Project} or {@code a foaf:Organization} with {@code
 * skos:prefLabel}, {@code skos:altLabel}, {@code skos:hiddenLabel}, {@code owl:sameAs}, {@code
 * doap:homepage}, {@code doap:repository}, {@code schema:publisher}, {@code dcterms:source}, {@code
 * dcterms:license}, {@code ng:needsEvidence}). The bundled gazetteer is the hand-curated {@code
 * ontology/gazetteer.ttl} over the generated {@code ontology/landscape-gazetteer.ttl}: a curated
 * entry wins over a generated one with the same id, a shared label or the same repository, and
 * {@code <id> ng:suppressed true} in the curated file drops a generated entry. Lookups are accent-,
 * case- and punctuation-insensitive ({@link NameKey}). Immutable; thread-safe.
 */
public final class Gazetteer {
  public static final String BASE = "https://w3id.org/notegraph/id/";
  public static final String NG = "https://w3id.org/notegraph/ontology#";
  static final String DOAP = "http://usefulinc.com/ns/doap#";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String SCHEMA = "https://schema.org/";
  static final String DCTERMS = "http://purl.org/dc/terms/";

  /** Why a name needs evidence in the text before it counts (see {@code docs/NLP.md}). */
  public enum Evidence {
    /** Not a word: the name alone is enough. */
    NONE,
    /** Also an ordinary English word ("kind", "helm", "flux"). */
    COMMON_WORD,
    /** Also an ordinary proper name ("Lima", "Apollo"). */
    PROPER_NAME;

    String term() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Evidence of(String term) {
      for (Evidence e : values()) if (e.term().equals(term)) return e;
      return NONE;
    }
  }

  /**
   * One known project or organization; {@code id} is its path under the base IRI.
   *
   * @param altLabels other names, matched case-insensitively
   * @param exactLabels names matched only as written (common words, acronyms)
   * @param owner id of the owning organization, or null
   * @param source where a generated entry came from (an IRI), or null for curated entries
   * @param license the licence of {@code source}'s data, or null
   */
  public record Entry(
      String id,
      EntityType type,
      String name,
      SortedSet<String> altLabels,
      SortedSet<String> exactLabels,
      List<String> sameAs,
      String homepage,
      String repository,
      String owner,
      String source,
      String license,
      Evidence evidence) {
    public Entry {
      altLabels = Collections.unmodifiableSortedSet(new TreeSet<>(altLabels));
      exactLabels = Collections.unmodifiableSortedSet(new TreeSet<>(exactLabels));
      sameAs = List.copyOf(sameAs);
    }

    /** The name and every label. */
    public SortedSet<String> labels() {
      SortedSet<String> all = new TreeSet<>(altLabels);
      all.addAll(exactLabels);
      all.add(name);
      return Collections.unmodifiableSortedSet(all);
    }
  }

  private final Map<String, Entry> byId;
  private final Set<String> suppressed;

  /** Entries by normalised label; a label two entries share lists both, by id. */
  private final Map<String, List<Entry>> byLabel;

  private Gazetteer(Map<String, Entry> byId, Set<String> suppressed) {
    this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
    this.suppressed = Set.copyOf(suppressed);
    Map<String, List<Entry>> labels = new HashMap<>();
    for (Entry e : this.byId.values()) {
      SortedSet<String> keys = new TreeSet<>();
      e.labels().forEach(l -> keys.add(NameKey.normalise(l)));
      keys.forEach(k -> labels.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
    }
    this.byLabel = labels;
  }

  public static Gazetteer empty() {
    return new Gazetteer(Map.of(), Set.of());
  }

  /**
   * The bundled gazetteer: {@code /ontology/gazetteer.ttl} over {@code
   * /ontology/landscape-gazetteer.ttl}, each read if it is on the classpath.
   */
  public static Gazetteer bundled() {
    return Bundled.GAZETTEER;
  }

  /** Read once per JVM, when first asked for: the generated file has a few thousand entries. */
  private static final class Bundled {
    static final Gazetteer GAZETTEER =
        classpath("/ontology/gazetteer.ttl").over(classpath("/ontology/landscape-gazetteer.ttl"));
  }

  /** As {@link #bundled()}. */
  public static Gazetteer fromClasspath() {
    return bundled();
  }

  private static Gazetteer classpath(String resource) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      return in == null ? empty() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads Turtle; throws {@link org.apache.jena.riot.RiotException} on a syntax error. */
  public static Gazetteer read(InputStream turtle) {
    Model m = RDFParser.source(turtle).lang(Lang.TURTLE).toModel();
    Property publisher = m.createProperty(SCHEMA + "publisher");
    Property source = m.createProperty(DCTERMS + "source");
    Property license = m.createProperty(DCTERMS + "license");
    Property evidence = m.createProperty(NG + "needsEvidence");
    Property suppress = m.createProperty(NG + "suppressed");
    Map<String, Entry> byId = new TreeMap<>();
    Set<String> suppressed = new TreeSet<>();
    for (Resource r : m.listSubjects().toList()) {
      if (!r.isURIResource()) continue;
      if (r.hasLiteral(suppress, true)) suppressed.add(idOf(r.getURI()));
      EntityType type = typeOf(r);
      if (type == null) continue;
      String id = idOf(r.getURI());
      SortedSet<String> pref = strings(r, SKOS.prefLabel);
      SortedSet<String> alt = strings(r, SKOS.altLabel);
      SortedSet<String> hidden = strings(r, SKOS.hiddenLabel);
      String name = pref.isEmpty() ? id : pref.first();
      List<String> sameAs = new ArrayList<>();
      r.listProperties(OWL.sameAs).forEach(s -> sameAs.add(uri(s.getObject())));
      Collections.sort(sameAs);
      String home = first(r, m.createProperty(DOAP + "homepage"));
      if (home == null) home = first(r, m.createProperty(FOAF + "homepage"));
      String repo = first(r, m.createProperty(DOAP + "repository"));
      String owner = first(r, publisher);
      String ev = first(r, evidence);
      byId.put(
          id,
          new Entry(
              id,
              type,
              name,
              alt,
              hidden,
              sameAs,
              home,
              repo,
              owner == null ? null : idOf(owner),
              first(r, source),
              first(r, license),
              ev == null ? Evidence.NONE : Evidence.of(ev)));
    }
    return new Gazetteer(byId, suppressed);
  }

  /**
   * This gazetteer with {@code under}'s entries added where they do not clash: an entry of {@code
   * under} is left out if this one suppresses its id, has the same id, shares one of its labels or
   * has its repository. Owners pointing at a left-out organization point at the entry that won
   * instead.
   */
  public Gazetteer over(Gazetteer under) {
    if (under.byId.isEmpty()) return this;
    Map<String, Entry> merged = new TreeMap<>(byId);
    Map<String, String> replaced = new HashMap<>();
    Map<String, String> repos = new HashMap<>();
    for (Entry e : byId.values())
      if (e.repository() != null) repos.put(repoKey(e.repository()), e.id());
    for (Entry e : under.byId.values()) {
      if (suppressed.contains(e.id())) continue;
      String winner = byId.containsKey(e.id()) ? e.id() : null;
      if (winner == null && e.repository() != null) winner = repos.get(repoKey(e.repository()));
      if (winner == null) {
        // Any shared label, whatever the type: one phrase must name one thing in the matcher.
        for (String l : e.labels()) {
          Optional<Entry> hit = lookup(l, e.type());
          if (hit.isPresent()) {
            winner = hit.get().id();
            break;
          }
        }
      }
      if (winner != null) {
        if (byId.get(winner).type() == e.type()) replaced.put(e.id(), winner);
        continue;
      }
      merged.put(e.id(), e);
    }
    Map<String, Entry> out = new LinkedHashMap<>();
    for (Entry e : merged.values()) {
      String owner = e.owner() == null ? null : replaced.getOrDefault(e.owner(), e.owner());
      if (owner != null && !merged.containsKey(owner)) owner = null;
      // An owner the curated list suppressed or retyped is dropped: the graph never links to a
      // node it does not describe (SHACL would refuse crates.io published by organization/rust).
      out.put(e.id(), java.util.Objects.equals(owner, e.owner()) ? e : withOwner(e, owner));
    }
    Set<String> allSuppressed = new TreeSet<>(suppressed);
    allSuppressed.addAll(under.suppressed);
    return new Gazetteer(out, allSuppressed);
  }

  private static Entry withOwner(Entry e, String owner) {
    return new Entry(
        e.id(),
        e.type(),
        e.name(),
        e.altLabels(),
        e.exactLabels(),
        e.sameAs(),
        e.homepage(),
        e.repository(),
        owner,
        e.source(),
        e.license(),
        e.evidence());
  }

  private static String repoKey(String repo) {
    return repo.toLowerCase(java.util.Locale.ROOT).replaceAll("(\\.git)?/*$", "");
  }

  /** The entry a label names, preferring one of {@code type} when entries share the label. */
  public Optional<Entry> lookup(String surface, EntityType type) {
    List<Entry> all = byLabel.getOrDefault(NameKey.normalise(surface), List.of());
    return all.stream()
        .filter(e -> e.type() == type)
        .findFirst()
        .or(() -> all.stream().findFirst());
  }

  public Optional<Entry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every entry, by id. */
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

  /** The id (path under {@link #BASE}) of an entity IRI. */
  public static String idOf(String iri) {
    if (iri.startsWith(BASE)) return iri.substring(BASE.length());
    String[] parts = iri.replaceAll("/+$", "").split("/");
    return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : iri;
  }

  private static SortedSet<String> strings(Resource r, Property p) {
    SortedSet<String> out = new TreeSet<>();
    r.listProperties(p)
        .forEach(
            s -> {
              if (s.getObject().isLiteral()) out.add(s.getString());
            });
    return out;
  }

  /** A repository given as a {@code doap:GitRepository} node is read through its browse link. */
  private static String first(Resource r, Property p) {
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
    if (n.isURIResource()) return n.asResource().getURI();
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }
}
