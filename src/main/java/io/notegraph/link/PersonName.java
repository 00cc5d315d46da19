package io.notegraph.link;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name as written, with what the parser may have left in it taken apart: "Daniel
 * (rhatdan) Walsh", "Reinhard 'siretart' Tartler", "Greg Shomo (NU)", "Alex Scheel - HCP".
 *
 * @param display the name alone, as written
 * @param handle a handle found inside it, or null
 * @param organization an organization found beside it, or null
 * @param nickname a name in double quotes inside it ("Priyanka "Pree" Menon"), or null
 */
record PersonName(String display, String handle, String organization, String nickname) {
  // Compiled once: String.split/matches/replaceAll compile their pattern on every call.
  private static final java.util.regex.Pattern LATIN_ORGANIZATION =
      java.util.regex.Pattern.compile("[\\p{IsLatin} .&,-]+");
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern TRAILING_PUNCTUATION =
      java.util.regex.Pattern.compile("[.,;:]+$");
  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("(?<=\\p{L})['\u2019]s$");

  private static final Pattern PAREN = Pattern.compile("\\s*\\(([^)]*)\\)\\s*");
  private static final Pattern QUOTED = Pattern.compile("\\s+'([a-z0-9_.-]+)'\\s+");
  private static final Pattern NICKNAME =
      Pattern.compile("\\s+[\"“”]([\\p{L}][\\p{L}'’.\\-]{0,19})[\"“”]\\s+");
  private static final Pattern ANGLED = Pattern.compile("\\s*<([\\w.-]+)>\\s*");
  private static final Pattern HANDLE = Pattern.compile("[a-z][a-z0-9_.-]{1,38}");
  private static final Pattern DASH_ORG = Pattern.compile("\\s+-\\s+(\\p{Lu}[^,]*)$");

  /** Entries that stand for nobody in particular. */
  private static final Set<String> NOBODY =
      Set.of("guest", "listener", "anonymous", "unknown", "all", "everyone", "team", "me", "you");

  /**
   * Words that make a candidate a phrase, not a name: connectives and the words of headings and
   * list fillers ("and others not noted", "Future Enhancements", "Release Updates"). No person's
   * given or family name in the corpora is one of them.
   */
  private static final Set<String> PHRASE =
      Set.of(
          "and",
          "or",
          "others",
          "other",
          "not",
          "noted",
          "etc",
          "more",
          "folks",
          "people",
          "everybody",
          "future",
          "enhancements",
          "enhancement",
          "updates",
          "update",
          "agenda",
          "notes",
          "discussion",
          "questions",
          "announcements",
          "meeting",
          "attendees",
          "none",
          "tbd",
          "features",
          "roadmap",
          "release",
          "releases",
          "of",
          "to",
          "for",
          "with",
          "invite",
          "ask",
          "ping",
          "remind",
          "contact",
          "appendix",
          "recording",
          "watch");

  static PersonName parse(String raw, String handle, String organization) {
    String s = raw.strip();
    Matcher q = QUOTED.matcher(s);
    if (q.find()) {
      handle = handle != null ? handle : q.group(1);
      s = q.replaceFirst(" ");
    }
    String nickname = null;
    Matcher n = NICKNAME.matcher(s);
    if (n.find()) {
      nickname = n.group(1);
      s = n.replaceFirst(" ");
    }
    Matcher a = ANGLED.matcher(s);
    if (a.find()) {
      handle = handle != null ? handle : a.group(1);
      s = a.replaceFirst(" ");
    }
    Matcher p = PAREN.matcher(s);
    StringBuilder rest = new StringBuilder();
    while (p.find()) {
      String inner = p.group(1).strip();
      if (HANDLE.matcher(inner).matches() && !inner.equals("me")) {
        handle = handle != null ? handle : inner;
      } else if (organization == null && LATIN_ORGANIZATION.matcher(inner).matches()) {
        organization = inner.toLowerCase(Locale.ROOT).equals("me") ? null : inner;
      }
      p.appendReplacement(rest, " ");
    }
    p.appendTail(rest);
    s = WHITESPACE.matcher(rest).replaceAll(" ").strip();
    Matcher d = DASH_ORG.matcher(s);
    if (d.find()) {
      organization = organization != null ? organization : d.group(1).strip();
      s = s.substring(0, d.start()).strip();
    }
    s = TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
    s = POSSESSIVE.matcher(s).replaceAll(""); // "Tom's demo": the mention is of Tom
    return new PersonName(s, handle, organization, nickname);
  }

  /** The matching key: normalised tokens joined by one space ("" for nobody). */
  String key() {
    var tokens = Names.tokens(display);
    if (tokens.isEmpty() || NOBODY.contains(tokens.get(0))) return "";
    if (tokens.stream().anyMatch(PHRASE::contains)) return ""; // a phrase signal: no person
    if (NameShape.notAName(display) != null) return ""; // code, or a label cut short
    return String.join(" ", tokens);
  }
}
