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
          "(?i)\\G[ \\t]*(?:,[ \\t]*)?(?:\\(|-[ \\t]+)?(?:who[ \\t]+)?(?:is[ \\t]+)?"
              + "(?:from|at|of|works?[ \\t]+(?:for|at)|working[ \\t]+(?:for|at))[ \\t]+(?:the[ \\t]+)?");

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
      if (!m.lookingAt()) continue;
      int at = m.end();
      for (Mention o : organizations) {
        if (o.range().begin() != at) continue;
        things
            .identify(EntityType.ORGANIZATION, o.text())
            .filter(r -> r.known() && r.type() == EntityType.ORGANIZATION)
            .ifPresent(r -> out.add(new InProse(p, new Accepted(r.id(), r, 0.85, PROSE), p.line())));
      }
    }
    return out;
  }
}
