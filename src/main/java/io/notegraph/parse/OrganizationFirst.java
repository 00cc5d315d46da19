package io.notegraph.parse;

import io.notegraph.nlp.EnglishWords;
import io.notegraph.nlp.OrganizationEnds;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A roll-call entry that names the seat before the person: "Corvanta — Ifeoma Okafor", "Pelagic
 * Systems — José Ferreira", "Graduated project representative (Marlinspike) — tidepool". Member
 * organizations of a foundation's council are listed so. The person comes first in most lists ("Ole
 * Brandt — Fennel Works"), so the order is turned only when the left side cannot be a name and the
 * right side is one. Stateless.
 */
final class OrganizationFirst {
  private static final Pattern SPACED_DASH = Pattern.compile("\\s+[–—-]\\s+");
  private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  private static final Pattern CAPITALISED = Pattern.compile("(?U)[\\p{Lu}\"“][\\p{L}\"”'’.-]*");
  private static final Pattern HANDLE = Pattern.compile("@?[a-z0-9][a-z0-9._-]{1,38}");
  private static final Pattern ROLE_WORDS =
      Pattern.compile("(?i)\\b(?:representative|delegate|seat|member|observer|liaison)\\b");

  private OrganizationFirst() {}

  /** Where the person's name starts in {@code entry}, or -1 when the entry starts with it. */
  static int personStart(String entry) {
    Matcher dash = SPACED_DASH.matcher(entry);
    if (!dash.find() || dash.start() == 0) return -1;
    String left = PARENS.matcher(entry.substring(0, dash.start())).replaceAll(" ").strip();
    String right = PARENS.matcher(entry.substring(dash.end())).replaceAll(" ").strip();
    if (left.isEmpty() || right.isEmpty() || SPACED_DASH.matcher(right).find()) return -1;
    String[] l = left.split("\\s+");
    if (ROLE_WORDS.matcher(left).find()) {
      return HANDLE.matcher(right).matches() || PersonShape.fullName(right) ? dash.end() : -1;
    }
    if (!PersonShape.fullName(right) || l.length > 4) return -1;
    for (String w : l) {
      if (!CAPITALISED.matcher(w).matches() && !w.equals("&")) return -1;
    }
    String last = l[l.length - 1];
    boolean organization =
        l.length == 1
            || ACRONYM.matcher(last).matches()
            || OrganizationEnds.contains(last)
            || EnglishWords.contains(last);
    return organization ? dash.end() : -1;
  }
}
