package io.notegraph.link;

import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.parse.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence rules for "this person works for that organization". Text beside a name is only a
 * candidate: it counts when the gazetteer knows it as an organization (0.9) or it has the shape of
 * one ("Northeastern University", "Acme Inc", 0.7); issue numbers, "No updates", nicknames and
 * names in another script never do. In prose, "Name from/at/of/works for ORG" with ORG a recognised
 * organization counts too (0.85). Stateless; thread-safe.
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
              + "(?:(?:now|currently|also|still)[ \\t]+)?"
              + "(?:from|at|of|with(?=[ \\t]+\\p{Lu})|works?[ \\t]+(?:for|at|with)"
              + "|working[ \\t]+(?:for|at|with)|employed[ \\t]+(?:by|at))[ \\t]+(?:the[ \\t]+)?");

  /**
   * Text beside a name that sets off an organization without a word: "Jane Roe (Acme)", "Jane Roe -
   * Acme", "Jane Roe, Acme Corp" (the last only when the organization ends the entry).
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

  static final String LISTED =
      "name given beside the person's in a list that gives a capitalised name beside most"
          + " people, or beside two people";

  /**
   * The names a note's people list gives beside their names that read as employers by the list they
   * stand in: the same name beside two people ("Northwind Compute" twice; nicknames and remarks do
   * not repeat), or any name in a list where at least three people have one and nearly all of them
   * are capitalised names ("— Baltic Grid", "(Maple Cloud)"): a column of employers written as
   * text. A name starting with the person's own first letters is a nickname.
   */
  static Set<String> listedEmployers(List<String[]> nameAndBeside, String text) {
    Map<String, Integer> counts = new TreeMap<>();
    Set<String> dashed = new TreeSet<>();
    int other = 0;
    for (String[] nb : nameAndBeside) {
      String b = nb[1] == null ? "" : nb[1].strip();
      if (b.isEmpty() || NO_EMPLOYER.matcher(b).matches()) continue;
      if (employerShaped(b) && !nickname(nb[0], b)) {
        counts.merge(b, 1, Integer::sum);
        if (text != null && setOff(b, text)) {
          dashed.add(b);
          continue;
        }
      }
      other++;
    }
    Set<String> out = new TreeSet<>();
    boolean column = dashed.size() >= 3 && dashed.size() >= 4 * other;
    counts.forEach(
        (b, n) -> {
          if (n >= 2 || column && dashed.contains(b)) out.add(b);
        });
    return out;
  }

  /**
   * Whether the note sets {@code b} off beside a name as a column would: after a dash at the end of
   * a line ("— Baltic Grid"), alone in parentheses at the end of one ("Ana Lima (Maple Cloud)"), or
   * as the seat before the person's dash at the start of one ("- Corvanta — Ana Lima").
   */
  private static boolean setOff(String b, String text) {
    String q = Pattern.quote(b);
    return Pattern.compile(
            "(?m)(?:[-–—/][ \\t]+"
                + q
                + "[ \\t*_]*$|\\([ \\t]*"
                + q
                + "[ \\t]*\\)[ \\t*_]*(?:$|[-–—])|^[ \\t]*(?:[-*+][ \\t]+)?[*_]*(?:[\\p{L} -]+:[*_ \\t]*)?"
                + q
                + "[ \\t]+[-–—][ \\t])")
        .matcher(text)
        .find();
  }

  private static boolean employerShaped(String b) {
    return NAME_WORDS.matcher(b).matches() && !io.notegraph.nlp.EnglishWords.contains(b);
  }

  /** "Samuel Okoro (Sam)": what is beside the name is a short form of it. */
  private static boolean nickname(String name, String beside) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    String b = beside.strip().toLowerCase(Locale.ROOT);
    if (b.indexOf(' ') >= 0) return false;
    for (String w : n.split("\\s+")) {
      if (w.length() >= 2 && b.length() >= 2 && w.substring(0, 2).equals(b.substring(0, 2)))
        return true;
    }
    return false;
  }

  /** The organization {@code beside} names, if a rule accepts it. */
  static Optional<Accepted> beside(Things things, String beside, String text) {
    return beside(things, beside, text, Set.of());
  }

  /**
   * The organization {@code beside} names, if a rule accepts it; {@code listed} are the names the
   * note's people list gives as employers ({@link #listedEmployers}).
   */
  static Optional<Accepted> beside(Things things, String beside, String text, Set<String> listed) {
    if (beside == null || beside.isBlank()) return Optional.empty();
    Matcher worded = WORDED_BESIDE.matcher(beside.strip());
    boolean works = false;
    if (worded.lookingAt()) {
      works = worded.group(1) != null;
      beside = beside.strip().substring(worded.end());
      if (beside.isBlank()) return Optional.empty();
    }
    Optional<Things.Resolution> r = things.identify(EntityType.ORGANIZATION, beside);
    if (r.isEmpty()) return Optional.empty();
    if (r.get().known()) {
      return r.get().type() == EntityType.ORGANIZATION
          ? Optional.of(new Accepted(r.get().id(), r.get(), 0.9, KNOWN))
          : Optional.empty(); // a project beside a name is what the person works on
    }
    if (ORGANIZATION_SHAPE.matcher(beside.strip()).matches() || shaped(beside.strip())) {
      return Optional.of(new Accepted(r.get().id(), r.get(), 0.7, SHAPED));
    }
    if (works && employerShaped(beside.strip())) {
      return Optional.of(new Accepted(r.get().id(), r.get(), 0.75, PROSE));
    }
    if (corroborated(beside.strip(), text)) {
      return Optional.of(new Accepted(r.get().id(), r.get(), 0.65, CORROBORATED));
    }
    return listed.contains(beside.strip())
        ? Optional.of(new Accepted(r.get().id(), r.get(), 0.6, LISTED))
        : Optional.empty();
  }

  /**
   * Words that say what the rest of a parenthesis is: "(works for Quarry Stack)" states an employer
   * (group 1 set); "(from Moss Analytics)", "(at Acme)" only place the person and leave the name to
   * the other rules.
   */
  private static final Pattern WORDED_BESIDE =
      Pattern.compile(
          "(?i)(?:(?:now\\s+|currently\\s+)?(works?\\s+(?:for|at)|working\\s+(?:for|at)"
              + "|employed\\s+(?:by|at))|from|at|with)\\s+(?:the\\s+)?");

  /** Two to four capitalised words, the last one a company's ("Moana Cloud Co-op"). */
  private static boolean shaped(String name) {
    if (!NAME_WORDS.matcher(name).matches()) return false;
    String[] words = name.split("\\s+");
    return words.length >= 2 && io.notegraph.nlp.OrganizationEnds.contains(words[words.length - 1]);
  }

  static final String CORROBORATED =
      "name given beside the person's, which the note also gives as someone's employer"
          + " ('from/at/works for X') or in an organization column";

  /** One to four capitalised words: a name, not a remark ("No updates", "he/him", "#123"). */
  private static final Pattern NAME_WORDS =
      Pattern.compile("(?U)\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,3}");

  /** What an organization cell or parenthesis says when there is none. */
  private static final Pattern NO_EMPLOYER =
      Pattern.compile(
          "(?i)independent|self|self-employed|none|n/?a|personal|individual|freelance|freelancer"
              + "|student|retired|unaffiliated|-|tbd|guest|community|volunteer");

  /** A pipe table whose header has an organization column. */
  private static final Pattern ORGANIZATION_COLUMN =
      Pattern.compile(
          "(?im)^\\s*\\|.*\\|\\s*(?:organi[sz]ation|company|employer|affiliation)\\s*\\|");

  /**
   * An unknown name beside a person's ("Jo Roe (Fjordline)") counts when the note says it once more
   * as an employer: "Jo from Fjordline", "at Fjordline", "works for Fjordline", or a cell of a
   * table whose header has an organization column. Notes and parentheses say many things; a name
   * the note gives twice as someone's employer is one.
   */
  private static boolean corroborated(String name, String text) {
    if (text == null || !NAME_WORDS.matcher(name).matches() || NO_EMPLOYER.matcher(name).matches())
      return false;
    if (io.notegraph.nlp.EnglishWords.contains(name)) return false;
    String q = Pattern.quote(name);
    Pattern employer =
        Pattern.compile(
            "(?i:\\b(?:from|at|works?\\s+(?:for|at)|working\\s+(?:for|at)|employed\\s+(?:by|at)"
                + "|employer,?))\\s+(?:the\\s+)?"
                + q
                + "(?![\\p{L}\\p{N}])");
    if (employer.matcher(text).find()) return true;
    return ORGANIZATION_COLUMN.matcher(text).find()
        && Pattern.compile("(?:\\|\\s*|\\s/\\s*)" + q + "\\s*(?:\\||/\\s)").matcher(text).find();
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
            things
                .identify(EntityType.ORGANIZATION, o.text())
                .filter(x -> x.type() == EntityType.ORGANIZATION);
        if (r.isEmpty()) continue;
        Accepted a;
        if (r.get().known()) {
          a = new Accepted(r.get().id(), r.get(), worded ? 0.85 : 0.9, worded ? PROSE : KNOWN);
        } else if (o.confidence() >= 0.5
            || ORGANIZATION_SHAPE.matcher(o.text().strip()).matches()) {
          a =
              new Accepted(
                  r.get().id(), r.get(), worded ? 0.75 : 0.7, worded ? PROSE_FOUND : BESIDE_FOUND);
        } else {
          continue;
        }
        out.add(new InProse(p, a, p.line()));
      }
    }
    return out;
  }

  static final String SPEAKER =
      "the speaker says they work at, are from or study at the organization";
  static final String PRESENTER =
      "the presenter's section describes its one presenter as a student, intern or employee of it";

  /** "I'm a PhD student at", "I work for", "my former team at", "here at" in a speaker's turn. */
  private static final Pattern FIRST_PERSON =
      Pattern.compile(
          "(?i)(?:\\bi'?m|\\bi am|\\bi was|\\bi've been)\\s+(?:(?:a|an|the|currently|now|also|still"
              + "|just|first|second|third|fourth|final|year|senior|principal|staff|software|phd"
              + "|ph\\.?\\s?d\\.?|graduate|grad|research|former|working|work)[\\s-]+)*"
              + "(?:(?:student|intern|engineer|employee|researcher|professor|developer|architect"
              + "|scientist|manager|maintainer|lead)s?\\s+)?(?:at|from|with|for)\\s+(?:the\\s+)?$"
              + "|\\bi\\s+(?:work|worked|joined)\\s+(?:at\\s+|for\\s+|with\\s+)?(?:the\\s+)?$"
              + "|\\bmy\\s+(?:former\\s+|old\\s+|current\\s+)?(?:team|group|company|employer|lab"
              + "|colleagues)\\s+(?:at|from|in)\\s+(?:the\\s+)?$"
              + "|\\b(?:here|we)\\s+at\\s+$");

  /**
   * A role of someone in an organization, written after it: "a Red Hat intern", "Duke PhD student".
   */
  private static final Pattern ROLE_AFTER =
      Pattern.compile(
          "(?i)^\\s+(?:(?:ph\\.?\\s?d\\.?|graduate|grad|summer|senior|principal|staff|software|research)\\s+)*"
              + "(?:student|intern|engineer|employee|researcher|professor|developer|architect"
              + "|scientist|manager)s?\\b");

  /** The same role written before it: "intern at Red Hat", "engineer with IBM". */
  private static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:student|intern|engineer|employee|researcher|professor|developer|architect"
              + "|scientist|manager)s?\\s+(?:at|from|with|of|for)\\s+(?:the\\s+)?$");

  /** A statement about an organization and a person: the person's range and the line. */
  record About(SourceRange person, Accepted organization, int line) {}

  /** After an organization, words that make it an event: "I was at Acme Summit". */
  private static final Pattern EVENT_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:summit|conference|con|days?|event|booth|meetup|forum|expo|keynote)\\b");

  /** A speaker's turn: who speaks, and the text they say. */
  record Turn(SourceRange speaker, SourceRange said) {}

  /**
   * The turns of a note: chat messages and transcript utterances the parser read, and lines opened
   * by a person range and ":" ("Ada Quill: ...") in layouts it did not.
   */
  static List<Turn> turns(
      String text, io.notegraph.parse.MeetingNote note, Map<SourceRange, String> people) {
    List<Turn> out = new ArrayList<>();
    for (var m : note.chat()) {
      if (m.sender() != null && m.range() != null) out.add(new Turn(m.sender().range(), m.range()));
    }
    for (var u : note.transcript()) {
      if (u.speaker() != null && u.range() != null)
        out.add(new Turn(u.speaker().range(), u.range()));
    }
    for (var e : people.entrySet()) {
      SourceRange p = e.getKey();
      int lineStart = text.lastIndexOf('\n', Math.max(0, p.begin() - 1)) + 1;
      if (p.begin() > 0 && !text.substring(lineStart, p.begin()).isBlank()) continue;
      if (p.end() >= text.length() || text.charAt(p.end()) != ':') continue;
      int lineEnd = text.indexOf('\n', p.end());
      if (lineEnd < 0) lineEnd = text.length();
      out.add(new Turn(p, new SourceRange(p.line(), p.end(), lineEnd)));
    }
    return out;
  }

  /**
   * "Ada Quill: ... I'm a PhD student at Umberfield ...": the speaker of a transcript or chat turn
   * says in the first person where they work or study ("I work for", "my former team at", "here
   * at"); not where they went ("I was at Acme Summit").
   */
  static List<About> spoken(
      Things things,
      String text,
      List<Mention> mentions,
      Map<SourceRange, String> people,
      List<Turn> turns) {
    List<About> out = new ArrayList<>();
    for (Turn t : turns) {
      String id = people.get(t.speaker());
      if (id == null || !id.startsWith("person/")) continue;
      for (Mention o : mentions) {
        if (o.type() != EntityType.ORGANIZATION) continue;
        if (o.range().begin() < t.said().begin() || o.range().end() > t.said().end()) continue;
        if (o.range().begin() < t.speaker().end()) continue;
        int from = Math.max(Math.max(t.said().begin(), t.speaker().end()), o.range().begin() - 80);
        String before = text.substring(from, o.range().begin());
        if (!FIRST_PERSON.matcher(before).find()) continue;
        String after =
            text.substring(o.range().end(), Math.min(text.length(), o.range().end() + 20));
        if (EVENT_AFTER.matcher(after).find()) continue;
        accepted(things, o, 0.8, SPEAKER)
            .ifPresent(a -> out.add(new About(t.speaker(), a, o.range().line())));
      }
    }
    return out;
  }

  /**
   * A section with one presenter whose prose calls someone "a Red Hat intern" or "PhD student at
   * Umberfield University" in a sentence naming no person: the presenter is meant.
   */
  static List<About> presented(
      Things things,
      String text,
      List<Mention> mentions,
      List<io.notegraph.parse.AgendaSection> sections,
      List<io.notegraph.parse.TextSegment> segments,
      Map<SourceRange, String> people) {
    List<About> out = new ArrayList<>();
    for (var s : sections) {
      if (s.presenters().size() != 1 || s.range() == null) continue;
      SourceRange presenter = s.presenters().get(0).range();
      String id = people.get(presenter);
      if (id == null || !id.startsWith("person/")) continue;
      for (Mention o : mentions) {
        if (o.type() != EntityType.ORGANIZATION) continue;
        if (o.range().begin() < s.range().begin() || o.range().end() > s.range().end()) continue;
        if (inTranscriptOrChat(o.range(), segments)) continue;
        String after =
            text.substring(o.range().end(), Math.min(text.length(), o.range().end() + 40));
        String before = text.substring(Math.max(0, o.range().begin() - 40), o.range().begin());
        if (!ROLE_AFTER.matcher(after).find() && !ROLE_BEFORE.matcher(before).find()) continue;
        int[] sentence = Sentences.sentence(text, o.range().begin(), o.range().end());
        boolean namesAPerson =
            people.keySet().stream()
                .anyMatch(
                    r ->
                        r.begin() >= sentence[0]
                            && r.end() <= sentence[1]
                            && !id.equals(people.get(r)));
        if (namesAPerson) continue;
        accepted(things, o, 0.75, PRESENTER)
            .ifPresent(a -> out.add(new About(presenter, a, o.range().line())));
      }
    }
    return out;
  }

  private static boolean inTranscriptOrChat(
      SourceRange r, List<io.notegraph.parse.TextSegment> segments) {
    for (var seg : segments) {
      if (seg.range().begin() <= r.begin() && r.end() <= seg.range().end()) {
        return seg.kind() == io.notegraph.parse.TextSegment.SegmentKind.TRANSCRIPT
            || seg.kind() == io.notegraph.parse.TextSegment.SegmentKind.CHAT;
      }
    }
    return false;
  }

  /** An organization mention a rule may state: known to the gazetteer, or found with confidence. */
  private static Optional<Accepted> accepted(
      Things things, Mention o, double confidence, String rule) {
    Optional<Things.Resolution> r =
        things
            .identify(EntityType.ORGANIZATION, o.text())
            .filter(x -> x.type() == EntityType.ORGANIZATION);
    if (r.isEmpty()) return Optional.empty();
    if (!r.get().known()
        && o.confidence() < 0.5
        && !ORGANIZATION_SHAPE.matcher(o.text().strip()).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Accepted(r.get().id(), r.get(), confidence, rule));
  }
}
