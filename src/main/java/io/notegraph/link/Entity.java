package io.notegraph.link;

import io.notegraph.nlp.EntityType;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One real-world person, project, organization or version: a node of the graph.
 *
 * @param id stable path under the base IRI: "person/tom-sweeney", "project/cri-o",
 *     "organization/red-hat", "project/podman/version/3.2.0-rc3"
 * @param type its kind
 * @param name the canonical name
 * @param altLabels every other surface form that resolved to it
 * @param nicks handles ("afbjorklund", "rhatdan")
 * @param sameAs external identifiers (Wikidata IRIs) — never guessed for persons
 * @param homepage project or organization home page, or null
 * @param repository source repository, or null
 * @param affiliations ids of organizations a person is affiliated with
 * @param project for a version, the id of its project; else null
 * @param owner for a project, the id of the organization that owns it (from the gazetteer); else
 *     null
 * @param source for an entity described by generated gazetteer data, that data's source (an IRI,
 *     e.g. the CNCF landscape); else null
 * @param license the licence of {@code source}'s data, or null
 */
public record Entity(
    String id,
    EntityType type,
    String name,
    SortedSet<String> altLabels,
    SortedSet<String> nicks,
    List<String> sameAs,
    String homepage,
    String repository,
    SortedSet<String> affiliations,
    String project,
    String owner,
    String source,
    String license) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    altLabels = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(altLabels));
    nicks = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(nicks));
    sameAs = List.copyOf(sameAs);
    affiliations = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(affiliations));
  }

  /** An entity without owner or data source (persons, versions, names no gazetteer knows). */
  public Entity(
      String id,
      EntityType type,
      String name,
      SortedSet<String> altLabels,
      SortedSet<String> nicks,
      List<String> sameAs,
      String homepage,
      String repository,
      SortedSet<String> affiliations,
      String project) {
    this(
        id,
        type,
        name,
        altLabels,
        nicks,
        sameAs,
        homepage,
        repository,
        affiliations,
        project,
        null,
        null,
        null);
  }
}
