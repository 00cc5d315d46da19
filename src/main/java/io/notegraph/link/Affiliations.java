package io.notegraph.link;

import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.parse.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence rules for "this person works for that organization". Text beside a name is only a
 * candidate: it counts when the gazetteer knows it as an organization (0.9) or it has the shape of
 * one ("Northeastern University", "Acme Inc", 0.7); issue numbers, "No updates", nicknames and
 * names in another script never do. In prose, "Name from/at/of/works for ORG" with ORG a
 * recognised organization counts too (0.85). Stateless; thread-safe.
 */
final class Affiliations {
  static final String KNOWN = "organization given beside the name, known to the gazetteer";
  static final String SHAPED = "organization-shaped name given beside the person's name";
  static final String PROSE = "the note says the person is from, at or works for the organization";

  private static final Pattern ORGANIZATION_SHAPE =
      Pattern.compile(
          "(?U)(?:\\p{Lu}[\\p{L}&.-]*\\s+){0,3}(?:University|College|Institute|Foundation|Labs?"
              + "|Inc|LLC|Ltd|GmbH|Corp|Corporation|Company|Technologies|Systems|Software)\\.?"
              + "|(?:University|Institute) of(?:\\s+\\p{Lu}\\p{L}+){1,3}");

  private static final Pattern LINK_WORDS =
      Pattern.compile(
          "(?i)\\G[ \\t]*(?:,[ \\t]*)?(?:\\(|-[ \\t]+)?(?:who[ \\t]+)?(?:is[ \\t]+|are[ \\t]+)?"
              + "(?:from|at|of|with(?=[ \\t]+\\p{Lu})|works?[ \\t]+(?:for|at|with)"
              + "|working[ \\t]+(?:for|at|with)|employed[ \\t]+(?:by|at))[ \\t]+(?:the[ \\t]+)?");

  /**
   * Text beside a name that sets off an organization without a word: "Jane Roe (Acme)", "Jane Roe
   * - Acme", "Jane Roe, Acme Corp" (the last only when the organization ends the entry).
   */
  private static final Pattern BESIDE =
      Pattern.compile("\\G[ \\t]*(?:\\([ \\t]*|[-–—][ \\t]+|,[ \\t]+|/[ \\t]*)");

  /** What may follow an organization set off beside a name: the end of the entry. */
  private static final Pattern ENTRY_END = Pattern.compile("\\G[ \\t]*(?:[);|]|,|$|\\n|:)");

  static final String BESIDE_FOUND = "organization the recognizer found beside the person's name";
  static final String PROSE_FOUND =
      "the note says the person is from, at or works for an organization the recognizer found";

  /** An organization accepted from text beside a name, and the rule that accepted it. */
  record Accepted(String id, Things.Resolution resolution, double confidence, String rule) {}

  private Affiliations() {}

  /** The organization {@code beside} names, if a rule accepts it. */
  static Optional<Accepted> beside(Things things, String beside) {
    if (beside == null || beside.isBlank()) return Optional.empty();
    Optional<Things.Resolution> r = things.identify(EntityType.ORGANIZATION, beside);
    if (r.isEmpty()) return Optional.empty();
    if (r.get().known()) {
      return r.get().type() == EntityType.ORGANIZATION
          ? Optional.of(new Accepted(r.get().id(), r.get(), 0.9, KNOWN))
          : Optional.empty(); // a project beside a name is what the person works on
    }
    return ORGANIZATION_SHAPE.matcher(beside.strip()).matches()
        ? Optional.of(new Accepted(r.get().id(), r.get(), 0.7, SHAPED))
        : Optional.empty();
  }

  /** A person range followed by "from/at/works for" and a recognised organization. */
  record InProse(SourceRange person, Accepted organization, int line) {}

  /** Every "Name from ORG" of a note, for the person ranges it resolved. */
  static List<InProse> inProse(
      Things things, String text, List<Mention> mentions, Map<SourceRange, String> people) {
    List<InProse> out = new ArrayList<>();
    List<Mention> organizations =
        mentions.stream().filter(m -> m.type() == EntityType.ORGANIZATION).toList();
    if (organizations.isEmpty()) return out;
    for (var e : people.entrySet()) {
      if (!e.getValue().startsWith("person/")) continue;
      SourceRange p = e.getKey();
      Matcher m = LINK_WORDS.matcher(text);
      m.region(p.end(), Math.min(text.length(), p.end() + 40));
      boolean worded = m.lookingAt();
      int at;
      if (worded) {
        at = m.end();
      } else {
        Matcher b = BESIDE.matcher(text);
        b.region(p.end(), Math.min(text.length(), p.end() + 8));
        if (!b.lookingAt()) continue;
        at = b.end();
      }
      for (Mention o : organizations) {
        if (o.range().begin() != at) continue;
        if (!worded) {
          Matcher end = ENTRY_END.matcher(text);
          end.region(o.range().end(), text.length());
          if (!end.lookingAt()) continue; // "Jane, Acme's new pods ...": not set off beside her
        }
        Optional<Things.Resolution> r =
            things.identify(EntityType.ORGANIZATION, o.text())
                .filter(x -> x.type() == EntityType.ORGANIZATION);
        if (r.isEmpty()) continue;
        Accepted a;
        if (r.get().known()) {
          a = new Accepted(r.get().id(), r.get(), worded ? 0.85 : 0.9, worded ? PROSE : KNOWN);
        } else if (o.confidence() >= 0.5 || ORGANIZATION_SHAPE.matcher(o.text().strip()).matches()) {
          a = new Accepted(r.get().id(), r.get(), worded ? 0.75 : 0.7,
              worded ? PROSE_FOUND : BESIDE_FOUND);
        } else {
          continue;
        }
        out.add(new InProse(p, a, p.line()));
      }
    }
    return out;
  }
}
