package io.notegraph.link;

import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Scores how likely two full names (two or more tokens) name the same person, from the names alone:
 * given names compared exactly, as nicknames, as initials or by spelling; family names compared
 * exactly, as initials, as truncations ("Mand") or by spelling (one or two typos). Stateless;
 * thread-safe.
 */
final class NameSimilarity {
  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
  private static final LevenshteinDistance LEV = LevenshteinDistance.getDefaultInstance();

  /**
   * A score in [0, 1] and the reason in words; {@code needsMeeting} when it rests on sound alone,
   * which counts only for two names seen at one meeting.
   */
  record Score(double value, String reason, boolean needsMeeting) {
    Score(double value, String reason) {
      this(value, reason, false);
    }
  }

  /** Family names that sound alike (Double Metaphone) but are spelled apart: a misheard name. */
  static final double SOUNDS_ALIKE = 0.85;

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  private final Nicknames nicknames;

  NameSimilarity(Nicknames nicknames) {
    this.nicknames = nicknames;
  }

  Nicknames nicknames() {
    return nicknames;
  }

  /** The score of two name keys (normalised tokens), or 0 with no reason when unrelated. */
  Score score(List<String> a, List<String> b) {
    List<String> fullA = withoutInitials(a);
    List<String> fullB = withoutInitials(b);
    if (fullA.equals(fullB) && fullA.size() >= 2) {
      return new Score(1.0, "same name apart from initials");
    }
    if (String.join("", a).equals(String.join("", b))) {
      return new Score(1.0, "same name apart from spacing");
    }
    Score first = given(a.get(0), b.get(0));
    if (first.value() == 0) return reordered(a, b);
    Score last = family(a.subList(1, a.size()), b.subList(1, b.size()));
    if (last.value() == 0) return last;
    return new Score(
        first.value() * last.value(),
        "given names " + first.reason() + ", " + last.reason(),
        first.needsMeeting() || last.needsMeeting());
  }

  /**
   * "Thu Ha Nguyen" and "Nguyen Thi Thu Ha": every word of the shorter name (three at least) in the
   * longer, in another order, as a directory's "Surname, Given" or a family-name-first name comes
   * out; only for two names seen at one meeting.
   */
  private static Score reordered(List<String> a, List<String> b) {
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    if (shorter.size() < 3 || !new java.util.HashSet<>(longer).containsAll(shorter)) {
      return new Score(0, "different given names");
    }
    return new Score(0.9, "the same words in another order", true);
  }

  private Score given(String a, String b) {
    if (a.equals(b)) return new Score(1.0, "equal");
    if (nicknames.equivalent(a, b)) return new Score(0.97, "nicknames (" + a + "/" + b + ")");
    if (isInitialOf(a, b) || isInitialOf(b, a)) return new Score(0.9, "initial");
    if (a.length() >= 3 && b.length() >= 3 && (a.startsWith(b) || b.startsWith(a))) {
      return new Score(0.9, "one shortens the other");
    }
    return spelling(a, b);
  }

  /** Best pair of family-name tokens ("Ed Santiago Munoz" has two to choose from). */
  private Score family(List<String> a, List<String> b) {
    Score best = new Score(0, "different family names");
    String squashedA = String.join("", a);
    String squashedB = String.join("", b);
    if (squashedA.equals(squashedB)) return new Score(1.0, "equal family names");
    for (String x : a) {
      for (String y : b) {
        Score s = familyToken(x, y);
        if (s.value() > best.value()) best = s;
      }
    }
    return best;
  }

  private Score familyToken(String a, String b) {
    if (a.equals(b)) return new Score(1.0, "equal family names");
    if (isInitialOf(a, b) || isInitialOf(b, a)) return new Score(0.85, "family initial");
    if (Math.min(a.length(), b.length()) >= 4 && (a.startsWith(b) || b.startsWith(a))) {
      return new Score(0.88, "family name cut short");
    }
    Score s = spelling(a, b);
    if (s.value() == 0) return soundsAlike(a, b);
    return new Score(s.value(), "family names " + s.reason());
  }

  /** "Sweeny"/"Swiney": equal primary Double Metaphone codes, four letters or more each. */
  private static Score soundsAlike(String a, String b) {
    if (a.length() < 4 || b.length() < 4) return new Score(0, "spelled differently");
    String ca = METAPHONE.doubleMetaphone(a);
    if (ca == null || ca.length() < 3 || !ca.equals(METAPHONE.doubleMetaphone(b))) {
      return new Score(0, "spelled differently");
    }
    return new Score(
        SOUNDS_ALIKE,
        "family names sound alike (Double Metaphone " + ca + ": " + a + "/" + b + ")",
        true);
  }

  /** Typos: one edit with Jaro-Winkler at least 0.85, or two edits with at least 0.9. */
  private static Score spelling(String a, String b) {
    if (a.length() < 3 || b.length() < 3) return new Score(0, "too short to compare");
    double jw = JW.apply(a, b);
    int edits = LEV.apply(a, b);
    if ((edits <= 1 && jw >= 0.85) || (edits == 2 && jw >= 0.9 && a.length() >= 4)) {
      return new Score(
          jw, String.format(Locale.ROOT, "Jaro-Winkler %.2f, %d edit(s) (%s/%s)", jw, edits, a, b));
    }
    return new Score(0, "spelled differently");
  }

  /** One edit apart, both five letters or more ("urvashii"/"urvashi"). */
  static boolean oneTypo(String a, String b) {
    if (a.length() < 5 || b.length() < 5 || a.equals(b)) return false;
    if (Math.abs(a.length() - b.length()) > 1) return false;
    return LEV.apply(a, b) == 1;
  }

  private static boolean isInitialOf(String initial, String name) {
    return initial.length() == 1 && name.length() > 1 && name.charAt(0) == initial.charAt(0);
  }

  private static List<String> withoutInitials(List<String> tokens) {
    return tokens.stream().filter(t -> t.length() > 1).toList();
  }
}
