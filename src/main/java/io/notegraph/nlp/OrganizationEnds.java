package io.notegraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * The last word of a company's or an institution's name ("Lantern Labs", "Acme Inc.", "Moana Cloud
 * Co-op", "Gravel Robotics"): with one to three capitalised words before it, a name has the shape
 * of an organization in any community. Not "Systems", "Software" or "Group": "Operating Systems"
 * and speech-to-text's "Pie Man Group" are phrases. Read by the unseen-name rules (nlp) and by the
 * affiliation rules (link), so both agree on what an organization looks like.
 */
public final class OrganizationEnds {
  private static final Set<String> WORDS =
      Set.of(
          "inc",
          "llc",
          "ltd",
          "ltda",
          "gmbh",
          "ag",
          "ab",
          "oy",
          "bv",
          "plc",
          "pty",
          "corp",
          "corporation",
          "labs",
          "laboratories",
          "foundation",
          "university",
          "institute",
          "college",
          "technologies",
          "robotics",
          "analytics",
          "consulting",
          "solutions",
          "sistemas",
          "networks",
          "industries",
          "holdings",
          "partners",
          "ventures",
          "co-op",
          "cooperative");

  private OrganizationEnds() {}

  /** Whether {@code word} (any case, a final dot ignored) ends an organization's name. */
  public static boolean contains(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
    return WORDS.contains(w);
  }
}
