package io.notegraph.link;

import io.notegraph.nlp.gazetteer.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;

/**
 * Curated identity decisions ({@code ontology/identity.ttl}) that win over every computed score: a
 * person IRI with {@code skos:prefLabel}/{@code skos:altLabel} forces its labels into one person
 * with that name and IRI; {@code skos:exactMatch} between two person IRIs forces a merge; {@code
 * ng:distinctFrom} forbids one. A person IRI {@code .../person/{slug}} stands for every name whose
 * slug it is. Immutable; thread-safe.
 */
public final class IdentityOverrides {
  static final String NG = "https://w3id.org/notegraph/ontology#";

  /** Names forced into one person; {@code id} and {@code name} null when only matched. */
  record Group(String id, String name, SortedSet<String> keys) {}

  /** Two names that must stay apart. */
  record Apart(String a, String b) {}

  private final List<Group> groups;
  private final List<Apart> apart;

  private IdentityOverrides(List<Group> groups, List<Apart> apart) {
    this.groups = List.copyOf(groups);
    this.apart = List.copyOf(apart);
  }

  public static IdentityOverrides none() {
    return new IdentityOverrides(List.of(), List.of());
  }

  /** {@code /ontology/identity.ttl} from the classpath, or none. */
  public static IdentityOverrides fromClasspath() {
    try (InputStream in = IdentityOverrides.class.getResourceAsStream("/ontology/identity.ttl")) {
      return in == null ? none() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads Turtle; throws {@link org.apache.jena.riot.RiotException} on a syntax error. */
  public static IdentityOverrides read(InputStream turtle) {
    Model m = RDFParser.source(turtle).lang(Lang.TURTLE).toModel();
    List<Group> groups = new ArrayList<>();
    List<Apart> apart = new ArrayList<>();
    for (Resource r : m.listSubjects().toList()) {
      if (!isPerson(r)) continue;
      SortedSet<String> keys = new TreeSet<>();
      keys.add(keyOfIri(r.getURI()));
      String name = null;
      if (r.hasProperty(SKOS.prefLabel)) {
        name = r.getProperty(SKOS.prefLabel).getString();
        keys.add(key(name));
      }
      r.listProperties(SKOS.altLabel).forEach(s -> keys.add(key(s.getString())));
      if (name != null || keys.size() > 1) {
        groups.add(new Group(Gazetteer.idOf(r.getURI()), name, keys));
      }
      for (Statement s : r.listProperties(SKOS.exactMatch).toList()) {
        if (isPerson(s.getObject())) {
          SortedSet<String> pair = new TreeSet<>(keys);
          pair.add(keyOfIri(s.getResource().getURI()));
          groups.add(new Group(null, null, pair));
        }
      }
      for (Statement s : r.listProperties(m.createProperty(NG + "distinctFrom")).toList()) {
        if (isPerson(s.getObject())) {
          apart.add(new Apart(keyOfIri(r.getURI()), keyOfIri(s.getResource().getURI())));
        }
      }
    }
    groups.sort((x, y) -> x.keys().first().compareTo(y.keys().first()));
    return new IdentityOverrides(groups, apart);
  }

  List<Group> groups() {
    return groups;
  }

  List<Apart> apart() {
    return apart;
  }

  /** Whether two squashed keys must stay apart. */
  boolean forbidden(String a, String b) {
    return apart.stream()
        .anyMatch(
            p -> (p.a().equals(a) && p.b().equals(b)) || (p.a().equals(b) && p.b().equals(a)));
  }

  /** A name as overrides compare it: normalised tokens run together ("sallyomalley"). */
  static String key(String name) {
    return String.join("", Names.tokens(name));
  }

  private static String keyOfIri(String iri) {
    String slug = iri.substring(iri.lastIndexOf('/') + 1);
    return slug.replace("-", "").replace(".", "");
  }

  private static boolean isPerson(org.apache.jena.rdf.model.RDFNode n) {
    return n.isURIResource() && n.asResource().getURI().contains("/person/");
  }

  @Override
  public String toString() {
    return "IdentityOverrides" + Collections.unmodifiableList(groups) + apart;
  }
}
