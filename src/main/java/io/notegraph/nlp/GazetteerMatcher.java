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
      for (String h : e.exactLabels()) matcher.add(h, true, e);
      matcher.add(e.name(), exactName, e);
      for (String a : e.altLabels()) matcher.add(a, a.length() <= 2, e);
    }
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
