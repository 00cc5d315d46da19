package io.notegraph.eval;

import java.util.List;
import java.util.Optional;

/**
 * The hand-written answers for one note in the open-world gold format ({@code
 * src/test/resources/gold-open/README.md}). Immutable; lists are copied.
 *
 * @param file the gold file it was read from (for messages)
 * @param note the note's corpus-relative path, e.g. {@code series/2024-01-02.md}
 * @param entitiesAnnotated whether person/project/organization rows were written for this note
 */
public record OpenGold(
    String file,
    String note,
    boolean entitiesAnnotated,
    Optional<String> date,
    Optional<String> series,
    List<Named> attendees,
    List<Talk> talks,
    List<Action> actions,
    List<Named> persons,
    List<Named> projects,
    List<Named> organizations,
    List<Release> releases,
    List<Feature> features,
    List<Affiliation> affiliations) {

  public OpenGold {
    attendees = List.copyOf(attendees);
    talks = List.copyOf(talks);
    actions = List.copyOf(actions);
    persons = List.copyOf(persons);
    projects = List.copyOf(projects);
    organizations = List.copyOf(organizations);
    releases = List.copyOf(releases);
    features = List.copyOf(features);
    affiliations = List.copyOf(affiliations);
  }

  /** A name as a careful human writes it, and every other spelling the note uses. */
  public record Named(String name, List<String> aliases) {
    public Named {
      aliases = List.copyOf(aliases);
    }

    /** The name followed by its aliases. */
    public List<String> spellings() {
      return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
          .toList();
    }
  }

  /** An agenda item; {@code offset} is {@code PT#H#M#S} or empty. */
  public record Talk(String title, List<String> presenters, String offset) {
    public Talk {
      presenters = List.copyOf(presenters);
    }
  }

  /** An action item; {@code agent} is empty when the note names nobody. */
  public record Action(String agent, String task) {}

  /** {@code status} is one of released, rc, planned, mentioned. */
  public record Release(String project, String version, String status) {}

  public record Feature(String project, String version, String text) {}

  public record Affiliation(String person, String organization) {}
}
