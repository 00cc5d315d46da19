package io.notegraph.nlp;

import io.notegraph.nlp.gazetteer.Gazetteer;
import java.util.Locale;

/**
 * The phrase matcher over a {@link Gazetteer}'s labels: the name and altLabels match
 * case-insensitively, except labels of one or two characters, a name also listed as an exact label
 * and a generated name in capitals ("NEAR", "SWITCH": lower-case it is a word), which match only as
 * written (a name that is a common word matches in any case and is then checked by {@link
 * NameEvidence}); exact (hidden) labels match only as written. Immutable, thread-safe.
 */
final class GazetteerMatcher {
  private final Gazetteer gazetteer;
  private final PhraseMatcher<Gazetteer.Entry> matcher = new PhraseMatcher<>();

  GazetteerMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Gazetteer.Entry e : gazetteer.entries()) {
      boolean exactName =
          e.name().length() <= 2
              || e.exactLabels().contains(e.name())
              || e.source() != null && e.name().equals(e.name().toUpperCase(Locale.ROOT));
      for (String h : e.exactLabels()) if (!ownProjectsName(e, h)) matcher.add(h, true, e);
      if (!ownProjectsName(e, e.name())) matcher.add(e.name(), exactName, e);
      for (String a : e.altLabels()) if (!ownProjectsName(e, a)) matcher.add(a, a.length() <= 2, e);
    }
  }

  /**
   * "PostgreSQL" is the landscape's name of a project and of the organization that publishes it: in
   * notes the name means the software, so the organization does not match it (see {@link
   * #productShaped}).
   */
  private boolean ownProjectsName(Gazetteer.Entry e, String label) {
    if (e.type() != EntityType.ORGANIZATION) return false;
    return gazetteer
        .lookup(label, EntityType.PROJECT)
        .filter(p -> p.type() == EntityType.PROJECT && e.id().equals(p.owner()))
        .filter(p -> productShaped(p.name()))
        .isPresent();
  }

  /**
   * "PostgreSQL", "CircleCI": a capital inside the name marks a product's name. "Middleware" is a
   * word first; it keeps the organization's stricter evidence (never lower-case).
   */
  private static boolean productShaped(String name) {
    for (int i = 1; i < name.length(); i++) if (Character.isUpperCase(name.charAt(i))) return true;
    return false;
  }

  static GazetteerMatcher bundled() {
    return new GazetteerMatcher(Gazetteer.bundled());
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  PhraseMatcher<Gazetteer.Entry> matcher() {
    return matcher;
  }
}
