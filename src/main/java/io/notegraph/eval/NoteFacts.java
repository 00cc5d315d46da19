package io.notegraph.eval;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the graph says about one note, in the terms of the gold format. An absent document gives
 * {@link #NONE}: nothing predicted, so every gold row is a false negative.
 *
 * @param affiliationSource "document" when the document's graph states affiliations, "entities"
 *     when they come from {@code graph/entities} for the persons it mentions, "none" otherwise
 */
record NoteFacts(
    Optional<String> date,
    Optional<Thing> series,
    List<Thing> attendees,
    List<Section> sections,
    List<ActionItem> actions,
    List<Thing> persons,
    List<Thing> projects,
    List<Thing> organizations,
    List<VersionRef> versions,
    List<FeatureRef> features,
    List<AffiliationRef> affiliations,
    String affiliationSource) {

  static final NoteFacts NONE =
      new NoteFacts(
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          "none");

  NoteFacts {
    attendees = List.copyOf(attendees);
    sections = List.copyOf(sections);
    actions = List.copyOf(actions);
    persons = List.copyOf(persons);
    projects = List.copyOf(projects);
    organizations = List.copyOf(organizations);
    versions = List.copyOf(versions);
    features = List.copyOf(features);
    affiliations = List.copyOf(affiliations);
  }

  /** An agenda section: its title, presenters and recording offset. */
  record Section(String iri, String title, List<Thing> performers, Optional<String> offset) {
    Section {
      performers = List.copyOf(performers);
    }
  }

  /** An action item; no agents when the graph names nobody. */
  record ActionItem(String iri, String task, List<Thing> agents) {
    ActionItem {
      agents = List.copyOf(agents);
    }
  }

  /** A version the document refers to, with the project's names and the stated status. */
  record VersionRef(
      String iri, Set<String> projectNames, String revision, Optional<String> status) {
    VersionRef {
      projectNames =
          java.util.Collections.unmodifiableSet(
              new java.util.TreeSet<>(projectNames)); // sorted: --errors prints them
    }
  }

  record FeatureRef(String iri, Set<String> projectNames, String revision, String text) {
    FeatureRef {
      projectNames =
          java.util.Collections.unmodifiableSet(
              new java.util.TreeSet<>(projectNames)); // sorted: --errors prints them
    }
  }

  record AffiliationRef(Thing person, Thing organization) {}
}
