package io.notegraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every spelling the gold gives for a name. Presenters, agents, affiliations and releases name
 * their person, organization or project once; the person/attendee/project/organization rows of the
 * same note give its other spellings, so a node called by an alias still matches.
 */
final class GoldNames {
  private final List<List<String>> groups = new ArrayList<>();

  GoldNames(OpenGold gold) {
    for (List<OpenGold.Named> rows :
        List.of(gold.attendees(), gold.persons(), gold.projects(), gold.organizations())) {
      for (OpenGold.Named n : rows) groups.add(n.spellings());
    }
  }

  /** {@code name} and every spelling of a gold row that has {@code name} as one of its own. */
  Set<String> spellings(String name) {
    Set<String> all = new LinkedHashSet<>();
    all.add(name);
    for (List<String> g : groups) {
      if (g.stream().anyMatch(s -> TextMatch.sameName(s, name))) all.addAll(g);
    }
    return all;
  }
}
