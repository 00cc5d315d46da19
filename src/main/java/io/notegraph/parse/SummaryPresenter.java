package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a generated summary says brought a topic: the subject of its opening sentence when the verb
 * is one of presenting ("Ana Ruiz presented", "Bo Lind and Chen Wu demonstrated", "Ana gave an
 * update on", "Bo walked us through", "Chen led the discussion on"). Summarising tools of every
 * vendor open a topic so; a person who only asked or agreed is not its presenter. Stateless.
 */
final class SummaryPresenter {
  /** The verbs of bringing a topic, as the first word after the subject. */
  private static final Pattern SUBJECT_VERB =
      Pattern.compile(
          "^\\s*(.{2,120}?)\\s+(?:presented|demonstrated|demoed|showed|showcased|introduced"
              + "|explained|outlined|proposed|discussed|described|reviewed|summari[sz]ed"
              + "|highlighted|reported|announced|led|opened|kicked\\s+off|walked|took|gave"
              + "|shared|provided|delivered|ran|went\\s+(?:over|through)|talked|spoke"
              + "|brought\\s+up|raised|covered|detailed|updated|started|began|initiated"
              + "|facilitated|pitched|previewed|recapped)\\b");

  private static final Pattern PIECES =
      Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|&)\\s*");

  /** Subjects that are no person: "The team discussed", "Everyone agreed". */
  private static final Set<String> NOT_PEOPLE =
      Set.of(
          "the",
          "team",
          "group",
          "everyone",
          "we",
          "they",
          "he",
          "she",
          "it",
          "this",
          "all",
          "participants",
          "attendees",
          "members",
          "maintainers",
          "someone",
          "there");

  private SummaryPresenter() {}

  /**
   * The presenters the text of {@code it} from {@code from} names at its start, or empty.
   *
   * @param known first names and handles of the people present
   */
  static List<NameRef> find(InlineText it, int from, Set<String> known, int line) {
    String p = it.plain();
    if (from >= p.length()) return List.of();
    Matcher m = SUBJECT_VERB.matcher(p).region(from, p.length());
    if (!m.lookingAt()) return List.of();
    int b = m.start(1);
    int e = m.end(1);
    List<NameRef> out = new ArrayList<>();
    for (int[] s : PersonNames.pieces(PIECES, p, b, e)) {
      String piece = p.substring(s[0], s[1]).strip();
      if (piece.isEmpty()) continue;
      String first = piece.split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (NOT_PEOPLE.contains(first) || !isName(piece, known)) return List.of();
      int pb = p.indexOf(piece, s[0]);
      out.add(new NameRef(piece, null, null, it.range(pb, pb + piece.length(), line)));
    }
    return out;
  }

  /** A full name ("Ana Ruiz"), or a first name of someone present ("Ana"). */
  private static boolean isName(String piece, Set<String> known) {
    if (piece.indexOf(' ') < 0) {
      return known.contains(piece.toLowerCase(Locale.ROOT))
          && Character.isUpperCase(piece.codePointAt(0));
    }
    return PersonNames.looksLikeName(piece, known);
  }
}
