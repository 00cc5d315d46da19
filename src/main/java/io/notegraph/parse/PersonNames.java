package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether short texts are person names and splits name lists ("Brent Baude/Ashley Cui",
 * "Florent Benoit &amp; Stevan Le Meur", "Jennings Zhang and Rudolph Pienaar", "Cesar Talledo -
 * Nestybox", "Anders Björklund (afbjorklund)"). Structure-only: identity is decided later.
 * Stateless.
 */
final class PersonNames {
  // Compiled once: String.split/matches/replaceAll compile their pattern on every call.
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern NOT_IN_NAMES =
      java.util.regex.Pattern.compile(".*[\\d`?:!=<>{}\\[\\]|#*\"].*");
  private static final java.util.regex.Pattern NAME_WORD =
      java.util.regex.Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.\\-]*");
  private static final java.util.regex.Pattern INITIAL =
      java.util.regex.Pattern.compile("\\p{Lu}\\.?");
  private static final java.util.regex.Pattern LEADING_DASH =
      java.util.regex.Pattern.compile("^\\s*[-–—]\\s*");
  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

  /** One name in a list, with plain-text offsets of the name itself. */
  record Part(String name, String handle, String organization, int begin, int end) {}

  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:/|&&|&|\\+|,|;|\\band\\b|\\bvia\\b|\\bwith\\b)\\s*");
  private static final Pattern HANDLE = Pattern.compile("@?[a-z0-9][a-z0-9._-]{1,38}");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "del", "della", "der", "den", "di", "da", "dos", "du", "la", "le", "van", "von",
          "bin", "binti", "ibn", "ul", "al", "el", "das", "do", "af", "ter", "ten", "y", "zu",
          "st.");

  /** Capitalised words that begin titles far more often than they are names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "a",
          "about",
          "add",
          "adding",
          "additional",
          "all",
          "an",
          "and",
          "announcement",
          "announcements",
          "any",
          "api",
          "apps",
          "arm",
          "at",
          "auto",
          "bench",
          "blog",
          "bug",
          "build",
          "building",
          "buildah",
          "by",
          "ci",
          "cgroups",
          "chat",
          "cli",
          "client",
          "cloud",
          "community",
          "compose",
          "conference",
          "config",
          "container",
          "containers",
          "copy",
          "crun",
          "current",
          "days",
          "debian",
          "default",
          "demo",
          "demos",
          "design",
          "desktop",
          "detect",
          "discussion",
          "docker",
          "docs",
          "documentation",
          "end",
          "etc",
          "fedora",
          "features",
          "file",
          "files",
          "for",
          "forum",
          "from",
          "fun",
          "general",
          "github",
          "go",
          "hosts",
          "how",
          "image",
          "images",
          "in",
          "install",
          "installer",
          "integration",
          "introducing",
          "introductions",
          "is",
          "issue",
          "issues",
          "k8s",
          "kube",
          "kubernetes",
          "layer",
          "linux",
          "mac",
          "macos",
          "machine",
          "man",
          "meeting",
          "meetings",
          "misc",
          "network",
          "networking",
          "new",
          "next",
          "no",
          "note",
          "notes",
          "of",
          "on",
          "open",
          "or",
          "os",
          "overview",
          "packages",
          "page",
          "plan",
          "planning",
          "plugins",
          "pod",
          "podman",
          "pods",
          "possible",
          "preview",
          "project",
          "python",
          "q&a",
          "questions",
          "quick",
          "recording",
          "release",
          "releases",
          "remote",
          "roadmap",
          "rootless",
          "running",
          "security",
          "server",
          "service",
          "skopeo",
          "slides",
          "status",
          "storage",
          "summary",
          "support",
          "system",
          "talk",
          "team",
          "test",
          "testing",
          "the",
          "thoughts",
          "to",
          "tools",
          "topic",
          "topics",
          "tui",
          "ubuntu",
          "update",
          "updates",
          "upcoming",
          "usage",
          "using",
          "v2",
          "v3",
          "v4",
          "v5",
          "video",
          "volume",
          "volumes",
          "vs",
          "what",
          "when",
          "why",
          "windows",
          "with",
          "work",
          "workflow",
          "yaml",
          "your");

  private PersonNames() {}

  /**
   * "@Ana Lima": a page tool's mention of a person (Notion, Confluence, Loop) puts an at sign
   * before the full name; the name is the person's, the sign is not part of it.
   */
  private static final java.util.regex.Pattern NAME_MENTION =
      java.util.regex.Pattern.compile("@(?=\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu})");

  /** Blanks the at sign of every "@Full Name" mention in {@code text}, in place. */
  static void unmention(char[] text) {
    java.util.regex.Matcher m = NAME_MENTION.matcher(java.nio.CharBuffer.wrap(text));
    while (m.find()) text[m.start()] = ' ';
  }

  /** {@code text} with the at sign of every "@Full Name" mention blanked. */
  static String unmention(String text) {
    if (text.indexOf('@') < 0) return text;
    char[] c = text.toCharArray();
    unmention(c);
    return new String(c);
  }

  /**
   * Whether {@code s} reads as one person's name. A single word counts only when it is the first
   * name or handle of someone known to be present.
   */
  static boolean looksLikeName(String s, Set<String> knownFirstNames) {
    String t = s.strip();
    if (t.isEmpty() || t.length() > 60) return false;
    if (NOT_IN_NAMES.matcher(t).matches()) return false;
    String[] words = WHITESPACE.split(t);
    if (words.length == 1) {
      String w = words[0].toLowerCase(Locale.ROOT);
      return knownFirstNames.contains(w);
    }
    if (words.length > 5) return false;
    int capitalised = 0;
    for (String w : words) {
      String lw = w.toLowerCase(Locale.ROOT);
      if (NOT_NAMES.contains(lw)) return false;
      if (PARTICLES.contains(lw)) continue;
      if (!Character.isUpperCase(w.codePointAt(0)) && !isInitial(w)) return false;
      if (!NAME_WORD.matcher(w).matches()) return false;
      capitalised++;
    }
    return capitalised >= 1;
  }

  private static boolean isInitial(String w) {
    return INITIAL.matcher(w).matches();
  }

  /**
   * Splits a list of names; returns empty when any part is not a name (the text is then a title,
   * not a presenter line). Offsets are into {@code plain}.
   */
  static List<Part> splitList(String plain, int begin, int end, Set<String> known) {
    List<Part> parts = new ArrayList<>();
    Matcher m = SEPARATORS.matcher(plain).region(begin, end);
    int start = begin;
    List<int[]> pieces = new ArrayList<>();
    while (m.find()) {
      if (insideParens(plain, begin, m.start())) continue;
      pieces.add(new int[] {start, m.start()});
      start = m.end();
    }
    pieces.add(new int[] {start, end});
    for (int[] p : pieces) {
      Part part = entry(plain, p[0], p[1], known);
      if (part == null) {
        if (plain.substring(p[0], p[1]).isBlank()) continue;
        return List.of();
      }
      parts.add(part);
    }
    return parts;
  }

  /** Whether offset {@code at} is inside parentheses opened after {@code from}. */
  static boolean insideParens(String s, int from, int at) {
    int depth = 0;
    for (int i = from; i < at; i++) {
      if (s.charAt(i) == '(') depth++;
      else if (s.charAt(i) == ')' && depth > 0) depth--;
    }
    return depth > 0;
  }

  /**
   * One entry: "Name", "Name (handle)", "Name (Organization)", "Name - Organization". Returns null
   * if the name part is not a name.
   */
  static Part entry(String plain, int b, int e, Set<String> known) {
    while (b < e && isTrim(plain.charAt(b))) b++;
    while (e > b && isTrim(plain.charAt(e - 1))) e--;
    if (b >= e) return null;
    String handle = null;
    String org = null;
    int nameEnd = e;
    int paren = plain.indexOf('(', b);
    if (paren > b && paren < e) {
      int close = plain.indexOf(')', paren);
      String inside = plain.substring(paren + 1, close > 0 && close < e ? close : e).strip();
      if (HANDLE.matcher(inside).matches() && !inside.contains(" ")) {
        handle = inside.startsWith("@") ? inside.substring(1) : inside;
      } else if (!inside.isEmpty()) {
        org = inside;
      }
      nameEnd = paren;
    } else {
      int dash = indexOfDash(plain, b, e);
      if (dash > 0) {
        String after = LEADING_DASH.matcher(plain.substring(dash, e)).replaceFirst("").strip();
        if (!after.isEmpty() && !DIGITS.matcher(after).matches()) org = after;
        nameEnd = dash;
      }
    }
    while (nameEnd > b && isTrim(plain.charAt(nameEnd - 1))) nameEnd--;
    String name = plain.substring(b, nameEnd);
    if (name.startsWith("@") && HANDLE.matcher(name).matches()) {
      return new Part(name.substring(1), name.substring(1), org, b + 1, nameEnd);
    }
    if (!looksLikeName(name, known)
        && !(handle != null && known.contains(name.toLowerCase(Locale.ROOT)))) {
      return null;
    }
    return new Part(name, handle, org, b, nameEnd);
  }

  private static int indexOfDash(String s, int b, int e) {
    for (int i = b + 1; i < e - 1; i++) {
      char c = s.charAt(i);
      if ((c == '-' || c == '–' || c == '—') && s.charAt(i - 1) == ' ') return i - 1;
    }
    return -1;
  }

  private static boolean isTrim(char c) {
    return Character.isWhitespace(c) || c == '.' || c == ',' || c == ':' || c == ';' || c == '*';
  }

  /** Whether {@code word} is written as initials ("AFG", "NA") that {@code known} holds. */
  static boolean knownInitials(String word, Set<String> known) {
    return word.length() >= 2
        && word.length() <= 4
        && word.chars().allMatch(Character::isUpperCase)
        && known.contains(INITIALS_PREFIX + word.toLowerCase(Locale.ROOT));
  }

  /** Initials are kept apart from names in the known set: "na" is no one's name. */
  static final String INITIALS_PREFIX = "#";

  /** First names (and whole single-word entries) of a list of names, lower-cased. */
  static void addFirstNames(Set<String> into, String name) {
    String initials = Initials.of(name);
    if (initials != null) into.add(INITIALS_PREFIX + initials);
    String[] w = WHITESPACE.split(name.strip());
    if (w.length > 0 && !w[0].isEmpty()) into.add(w[0].toLowerCase(Locale.ROOT));
    // any two-word name's last word too: Wen Shijie and Nakamura Aoi, written surname first, are
    // called by it (a surname that is called so names the same person)
    if (w.length == 2 && !w[1].isEmpty()) into.add(w[1].toLowerCase(Locale.ROOT));
    // Jean-Baptiste "JB" Morel goes by "JB"
    Matcher nick = QUOTED_NICKNAME.matcher(name);
    if (nick.find()) into.add(nick.group(1).toLowerCase(Locale.ROOT));
  }

  private static final Pattern QUOTED_NICKNAME =
      Pattern.compile("[\"“”]([\\p{L}][\\p{L}'’.\\-]{0,19})[\"“”]");

  /** The pieces of {@code [b, e)} of {@code s} between matches of {@code separator}, as spans. */
  static List<int[]> pieces(Pattern separator, String s, int b, int e) {
    Matcher sep = separator.matcher(s).region(b, e);
    int at = b;
    List<int[]> spans = new ArrayList<>();
    while (sep.find()) {
      spans.add(new int[] {at, sep.start()});
      at = sep.end();
    }
    spans.add(new int[] {at, e});
    return spans;
  }
}
