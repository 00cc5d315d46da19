package io.notegraph.nlp;

import io.notegraph.parse.NameRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Evidence for organizations no list has, from the words around them (issues 14 and 16): the
 * capitalised name right after a first-person or role cue ("I'm a PhD student at Umberfield", "I
 * work for Teslin", "my former team at Larkspur Research", "intern at Corvale"), right before a
 * role ("a Westbrook PhD student"), or in parentheses after a chat sender or transcript speaker
 * ("Dana Okafor (Westbrook) 12:03 PM"). Finds are {@code pattern} finds; the link stage's
 * affiliation rules then say who works there. Precision first: a name the gazetteer knows (a
 * project, a language), a meeting or chat service, an event ("X Summit", "KubeCon"), a month, a
 * weekday or a common word is none, and so is a name a person dictionary claims ({@link Recognizer}
 * drops those). Stateless; thread-safe.
 */
final class UnseenOrganizationContext {
  /** A cue that says where someone works or studies: "I work for X", "student at X". */
  static final double STATED = 0.8;

  /** A weaker cue or place: "I'm at X", "here at X", "I joined X", "X PhD student". */
  static final double IMPLIED = 0.75;

  /** A single word in parentheses after a chat sender or transcript speaker. */
  static final double SENDER = 0.7;

  /**
   * Cues a name of an employer or a school follows; group 1 set for the strong ones. Matched on the
   * text that ends right before the candidate (lower-cased, so no (?i) needed).
   */
  private static final Pattern STRONG_CUE =
      Pattern.compile(
          "(?:\\b(?:student|intern|engineer|researcher|professor|employee|postdoc|scientist"
              + "|lecturer|candidate)s?\\s+(?:at|from|with)"
              + "|\\b(?:developer|architect|manager|maintainer)s?\\s+at"
              + "|\\b(?:intern|employee)s?\\s+for"
              + "|\\b(?:i|we|he|she|they|who)\\s+(?:also\\s+|now\\s+|currently\\s+|still\\s+)?"
              + "(?:work|works|worked)\\s+(?:at|for)"
              + "|\\b(?:i'?m|i\\s+am|been|currently|now)\\s+working\\s+(?:at|for)"
              // Without a subject only where a clause starts: "(works for X)", "Jo, works at X";
              // "the fix works for X" is software, not an employer.
              + "|(?:^|[(,;:\u2014\u2013]|\\s-)\\s*(?:now\\s+|also\\s+|currently\\s+)?"
              + "(?:works|worked)\\s+(?:at|for)"
              + "|\\bemployed\\s+(?:by|at)"
              // "Bart mentioned that his employer, Halcyon Freight, ...", "for a living at X"
              + "|\\b(?:my|his|her|their|our)\\s+(?:current\\s+|former\\s+)?employer,?"
              + "|\\bfor\\s+a\\s+living\\s+at"
              + "|\\bmy\\s+(?:former\\s+|old\\s+|current\\s+|previous\\s+)?"
              + "(?:team|company|employer|lab|group|colleagues|department)\\s+at)"
              + "\\s+(?:the\\s+)?$");

  /**
   * "Birk now works at X", "Rasmus works at X": a capitalised one-word subject, with an adverb of
   * time for "works for" ("the fix works for Quenby" is software), matched on the original case.
   */
  private static final Pattern NAMED_SUBJECT_CUE =
      Pattern.compile(
          "(?:^|[^\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+(?:(?:now|also|currently|still)\\s+(?:works|worked)"
              + "\\s+(?:at|for)|(?:works|worked)\\s+at)\\s+(?:the\\s+)?$");

  private static final Pattern WEAK_CUE =
      Pattern.compile(
          "(?:\\bi['\u2019]?m\\s+(?:at|with)|\\bi\\s+am\\s+(?:at|with)"
              + "|\\bi\\s+(?:have\\s+|['\u2019]ve\\s+)?joined"
              + "|\\b(?:here|we)\\s+at)\\s+(?:the\\s+)?$");

  /** The role after a name: "PhD student", "summer intern", "employees". */
  private static final Pattern ROLE_AFTER =
      Pattern.compile(
          "(?i)\\G[ \\t]+(?:(?:ph\\.?[ \\t]?d\\.?|doctoral|graduate|grad|master'?s|undergrad(?:uate)?"
              + "|summer|research)[ \\t]+)?(?:student|intern|postdoc|employee)s?\\b");

  /** Words of a role that are capitalised too: "PhD", "Graduate", "Research". */
  private static final Set<String> QUALIFIERS =
      Set.of(
          "phd",
          "ph",
          "doctoral",
          "graduate",
          "grad",
          "masters",
          "undergrad",
          "undergraduate",
          "summer",
          "research",
          "senior",
          "junior");

  /**
   * Words after a name that make it a project, a team or an event: "I joined the Plover team", "I'm
   * at Quenby Summit".
   */
  private static final Set<String> NOT_AN_EMPLOYER_AFTER =
      Set.of(
          ("team teams project projects community meeting meetings call calls channel chat server"
                  + " repo repository repositories maintainers docs sig wg working group summit"
                  + " conference con days day event booth meetup forum expo keynote release cluster"
                  + " board office mailing list account workspace codebase website site blog talk"
                  + " session hackathon sprint workshop tool library operator plugin crate")
              .split(" "));

  /** Meeting, chat and code-hosting services: where people are, not whom they work for. */
  private static final Set<String> SERVICES =
      Set.of(
          ("zoom slack discord matrix irc youtube twitter mastodon reddit bluejeans hackmd meet"
                  + " teams jitsi zulip gitter github gitlab bitbucket codeberg webex hangouts"
                  + " element telegram whatsapp signal")
              .split(" "));

  /** Names of events, whole or as their last part: "KubeCon", "DevConf", "Open Source Summit". */
  private static final Pattern EVENT =
      Pattern.compile(
          ".*(?:\\p{Ll}(?:Con|Conf|Fest|Camp)|\\b(?:Summit|Con|Conf|Conference|Days?|Fest"
              + "|Festival|Meetup|Camp|Week|Hackathon|Sprint|Workshop|Symposium|Forum|Expo))");

  /** What meeting tools and people put in parentheses after a name that names no employer. */
  private static final Set<String> ASIDES =
      Set.of(
          ("host co-host cohost guest presenter moderator organizer organiser speaker panelist"
                  + " attendee interpreter notetaker facilitator chair lead admin owner bot mentor"
                  + " staff intern me you she he they her him them xe ze")
              .split(" "));

  private UnseenOrganizationContext() {}

  /**
   * Names after a cue or before a role in one masked segment; {@code known} says whether the
   * gazetteer has a name (of any type): such names are its finds, never this rule's.
   */
  static List<Candidate> find(String masked, List<Span> tokens, Predicate<String> known) {
    List<Candidate> out = new ArrayList<>();
    afterCues(masked, tokens, known, out);
    beforeRoles(masked, tokens, known, out);
    return out;
  }

  private static void afterCues(
      String masked, List<Span> tokens, Predicate<String> known, List<Candidate> out) {
    for (int k = 1; k < tokens.size(); k++) {
      Span t = tokens.get(k);
      if (!Character.isUpperCase(masked.charAt(t.getStart()))) continue;
      int from = Math.max(0, t.getStart() - 60);
      String before = masked.substring(from, t.getStart()).toLowerCase(Locale.ROOT);
      boolean strong =
          STRONG_CUE.matcher(before).find()
              || namedSubject(masked.substring(from, t.getStart()), known);
      if (!strong && !WEAK_CUE.matcher(before).find()) continue;
      int last = nameEnd(masked, tokens, k);
      if (last < 0 || glued(masked, tokens.get(last))) continue;
      if (!employer(masked, tokens, k, last, strong, known)) continue;
      if (notAnEmployerAfter(masked, tokens, last)) continue;
      out.add(
          new Candidate(
              EntityType.ORGANIZATION,
              t.getStart(),
              tokens.get(last).getEnd(),
              strong ? STATED : IMPLIED,
              Recognizer.PATTERN));
      k = last;
    }
  }

  /**
   * "Rasmus works at X", "Birk now works for X": the subject a name, neither one the gazetteer
   * knows ("Podman now works for X") nor an English word ("The fix works at ...").
   */
  private static boolean namedSubject(String before, Predicate<String> known) {
    Matcher m = NAMED_SUBJECT_CUE.matcher(before);
    return m.find() && !known.test(m.group(1)) && !EnglishWords.contains(m.group(1));
  }

  /** "a Westbrook PhD student": one to three capitalised words before a role. */
  private static void beforeRoles(
      String masked, List<Span> tokens, Predicate<String> known, List<Candidate> out) {
    for (int k = 0; k < tokens.size(); k++) {
      Span t = tokens.get(k);
      Matcher role = ROLE_AFTER.matcher(masked);
      role.region(t.getEnd(), masked.length());
      if (!name(masked, t) || QUALIFIERS.contains(Tokens.lower(masked, t)) || !role.lookingAt())
        continue;
      int first = k;
      while (first > 0
          && k - first < 2
          && name(masked, tokens.get(first - 1))
          && !QUALIFIERS.contains(Tokens.lower(masked, tokens.get(first - 1)))
          && masked.charAt(tokens.get(first - 1).getEnd()) == ' ') {
        first--;
      }
      // "Summer intern", "Two Ferrowind interns": a word that opens a sentence is no employer.
      if (sentenceStart(masked, tokens.get(first).getStart())
          && EnglishWords.contains(Tokens.lower(masked, tokens.get(first)))) {
        if (first == k) continue;
        first++;
      }
      if (!employer(masked, tokens, first, k, false, known)) continue;
      out.add(
          new Candidate(
              EntityType.ORGANIZATION,
              tokens.get(first).getStart(),
              t.getEnd(),
              IMPLIED,
              Recognizer.PATTERN));
    }
  }

  /**
   * "Dana Okafor (Westbrook) 12:03 PM", "Dana Okafor (Westbrook): ...": one capitalised word in
   * parentheses right after the name of a chat sender or transcript speaker (the parser read the
   * label; offsets into {@code text}). Not a pronoun set, a role the meeting tool adds, a handle,
   * an English word, a name of the person (nor its first letters: "Kasia" for Katarzyna), or a name
   * the gazetteer knows (the link stage states those by themselves).
   */
  static List<Candidate> senderAsides(String text, List<NameRef> labels, Predicate<String> known) {
    List<Candidate> out = new ArrayList<>();
    for (NameRef label : labels) {
      if (label.organization() == null || label.range() == null) continue;
      Matcher m = SENDER_ASIDE.matcher(text);
      m.region(label.range().end(), text.length());
      if (!m.lookingAt() || !m.group(1).equals(label.organization().strip())) continue;
      String aside = m.group(1);
      String lower = aside.toLowerCase(Locale.ROOT);
      if (aside.length() < 3 || !Character.isLowerCase(aside.charAt(aside.length() - 1))) continue;
      if (ASIDES.contains(lower) || SERVICES.contains(lower) || EVENT.matcher(aside).matches()) {
        continue;
      }
      if (EnglishWords.contains(aside) || CommonWords.contains(aside) || known.test(aside))
        continue;
      if (partOfName(label.name().toLowerCase(Locale.ROOT), lower)) continue;
      out.add(
          new Candidate(EntityType.ORGANIZATION, m.start(1), m.end(1), SENDER, Recognizer.PATTERN));
    }
    return out;
  }

  private static final Pattern SENDER_ASIDE = Pattern.compile("[ \\t]*\\((\\p{Lu}[\\p{L}-]+)\\)");

  /** "Olek Wisniewski (Olek)", "Katarzyna Nowak (Kasia)" share their first letters. */
  private static boolean partOfName(String person, String aside) {
    for (String part : person.split("[\\s.-]+")) {
      if (part.isEmpty()) continue;
      int n = Math.min(3, Math.min(part.length(), aside.length()));
      if (part.regionMatches(0, aside, 0, n)) return true;
    }
    return false;
  }

  /**
   * The last token of the name that starts at token {@code k}: capitalised words one space apart,
   * "of" or "&" between two of them ("University of Varnholt"), at most four words; -1 when the
   * word at {@code k} is no name.
   */
  private static int nameEnd(String masked, List<Span> tokens, int k) {
    if (!capitalised(masked, tokens.get(k))) return -1;
    int last = k;
    int words = 1;
    while (words < 4) {
      int next = last + 1;
      if (next >= tokens.size() || !oneSpace(masked, tokens.get(last), tokens.get(next))) break;
      String w = masked.substring(tokens.get(next).getStart(), tokens.get(next).getEnd());
      if ((w.equals("of") || w.equals("&"))
          && next + 1 < tokens.size()
          && oneSpace(masked, tokens.get(next), tokens.get(next + 1))
          && capitalised(masked, tokens.get(next + 1))) {
        last = next + 1;
        words++;
        continue;
      }
      // "Chicago I work for ...": a one-letter word is no part of a name.
      if (!capitalised(masked, tokens.get(next)) || tokens.get(next).length() < 2) break;
      last = next;
      words++;
    }
    return last;
  }

  /**
   * Whether tokens {@code [first, last]} may name an employer: not known to the gazetteer, no
   * service, event, month or weekday; one word must be no common word, nor (after a weak cue) an
   * English word; several words must not all be English words after a weak cue.
   */
  private static boolean employer(
      String masked,
      List<Span> tokens,
      int first,
      int last,
      boolean strong,
      Predicate<String> known) {
    String name = masked.substring(tokens.get(first).getStart(), tokens.get(last).getEnd());
    if (known.test(name) || EVENT.matcher(name).matches()) return false;
    String head = Tokens.lower(masked, tokens.get(first));
    if (SERVICES.contains(head) || CommonWords.contains(head)) return false;
    // "MVP", "FOSDEM": an acronym no list knows is a guess either way.
    if (first == last && allCapitals(masked, tokens.get(first))) return false;
    if (first == last) {
      return tokens.get(first).length() >= 3 && (strong || !EnglishWords.contains(head));
    }
    if (strong) return true;
    for (int j = first; j <= last; j++) {
      if (!EnglishWords.contains(Tokens.lower(masked, tokens.get(j)))) return true;
    }
    return false;
  }

  private static boolean notAnEmployerAfter(String masked, List<Span> tokens, int last) {
    int end = tokens.get(last).getEnd();
    // "Quenby's platform team": whose team, not where.
    if (end < masked.length() && (masked.charAt(end) == '\'' || masked.charAt(end) == '\u2019')) {
      return true;
    }
    if (last + 1 >= tokens.size()) return false;
    Span next = tokens.get(last + 1);
    if (!oneSpace(masked, tokens.get(last), next)) return false;
    return NOT_AN_EMPLOYER_AFTER.contains(Tokens.lower(masked, next));
  }

  /** "IPv4", "Option<T>": the name goes on without a space, so it is no name of its own. */
  private static boolean glued(String text, Span t) {
    int e = t.getEnd();
    return e < text.length()
        && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '<');
  }

  private static boolean oneSpace(String text, Span a, Span b) {
    return b.getStart() == a.getEnd() + 1 && text.charAt(a.getEnd()) == ' ';
  }

  private static boolean capitalised(String text, Span t) {
    char c = text.charAt(t.getStart());
    return Character.isUpperCase(c) && Character.isLetter(text.charAt(t.getEnd() - 1));
  }

  private static boolean allCapitals(String text, Span t) {
    for (int i = t.getStart(); i < t.getEnd(); i++) {
      if (Character.isLowerCase(text.charAt(i))) return false;
    }
    return true;
  }

  /** Capitalised, three letters or more, not a common word. */
  private static boolean name(String text, Span t) {
    return t.length() >= 3 && capitalised(text, t) && !CommonWords.contains(Tokens.lower(text, t));
  }

  private static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
    return i < 0 || ".!?:\n-*(\"".indexOf(text.charAt(i)) >= 0;
  }
}
