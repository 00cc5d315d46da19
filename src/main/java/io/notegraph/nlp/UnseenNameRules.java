package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Evidence rules for projects and organizations no gazetteer lists: a repository link ({@code
 * github.com/ORG/REPO}, {@code gitlab.com/ORG/REPO}) makes REPO a project and ORG an organization
 * where the text names them outside the link; a capitalised name right before a version
 * ("Quillstack v1.2", "Quillstack 5.0"); a code span naming a tool next to a software word; "the X
 * project/tool/library/operator". Finds are {@code pattern} finds at confidence {@link
 * #CONFIDENCE}, below dictionary finds. Thread-safe.
 */
final class UnseenNameRules {
  static final double CONFIDENCE = 0.8;

  private static final Pattern REPO_LINK =
      Pattern.compile(
          "(?i)\\b(?:github|gitlab)\\.com/([A-Za-z0-9][\\w.-]*)/([A-Za-z0-9][\\w.-]*)"
              + "(/(?:-/)?(?:issues|pull|pulls|merge_requests|discussions|compare|commit)\\b)?");

  /** A repository of proposals ("rfcs", "rfc", "enhancement-rfcs"), not a piece of software. */
  private static final Pattern PROPOSAL_REPO = Pattern.compile("(?i)(?:.*[-_])?rfcs?");

  private static final Pattern VERSION_AFTER =
      Pattern.compile("[ \\t]{1,2}(?:v\\d+(?:\\.\\d+)*|\\d+\\.\\d+(?:\\.\\d+)?)(?![\\w]|\\.\\d)");
  private static final Pattern CODE_SPAN = Pattern.compile("`([A-Za-z][A-Za-z0-9_-]{2,30})`");
  private static final Set<String> KINDS =
      Set.of("project", "tool", "library", "operator", "framework", "plugin", "runtime", "crate");

  /**
   * Words that make a one-word code span a tool's name. Not "use", "run" or "type": in notes of a
   * programming language every identifier is used and run.
   */
  private static final Set<String> SOFTWARE_WORDS =
      Set.of(
          "tool",
          "tools",
          "project",
          "library",
          "install",
          "installed",
          "binary",
          "package",
          "plugin",
          "operator",
          "crate",
          "utility");

  private static final Set<String> SITE_PATHS =
      Set.of(
          "orgs",
          "users",
          "sponsors",
          "topics",
          "marketplace",
          "apps",
          "features",
          "settings",
          "notifications",
          "login",
          "about",
          "explore",
          "search",
          "issues",
          "pulls");

  private UnseenNameRules() {}

  /** Finds in one masked segment; {@code original} is the segment before masking. */
  static List<Candidate> find(String original, String masked, List<Span> tokens) {
    List<Candidate> out = new ArrayList<>();
    repositoryLinks(original, masked, tokens, out);
    versionedNames(masked, tokens, out);
    codeSpans(original, masked, tokens, out);
    theXProject(masked, tokens, out);
    organizationShapes(masked, tokens, out);
    return out;
  }

  /**
   * One to three capitalised words ending in a legal or institutional word ("Nimbus Labs", "Verity
   * Graphics Inc", "OpenJS Foundation"): an organization by the shape of its name, in any
   * community.
   */
  private static void organizationShapes(String masked, List<Span> tokens, List<Candidate> out) {
    for (int k = 1; k < tokens.size(); k++) {
      Span end = tokens.get(k);
      String w = masked.substring(end.getStart(), end.getEnd());
      if (!Character.isUpperCase(w.charAt(0)) || !OrganizationEnds.contains(w)) {
        continue;
      }
      int first = k;
      while (first > 0
          && k - first < 3
          && name(masked, tokens.get(first - 1))
          && masked.charAt(tokens.get(first - 1).getEnd()) == ' ') {
        first--;
      }
      if (first == k) continue;
      out.add(candidate(EntityType.ORGANIZATION, tokens.get(first).getStart(), end.getEnd()));
    }
  }

  private static void repositoryLinks(
      String original, String masked, List<Span> tokens, List<Candidate> out) {
    if (original.indexOf("github.com/") < 0 && original.indexOf("gitlab.com/") < 0) return;
    List<int[]> links = new ArrayList<>();
    Matcher all = REPO_LINK.matcher(original);
    while (all.find()) links.add(new int[] {all.start(), all.end()});
    Matcher m = REPO_LINK.matcher(original);
    while (m.find()) {
      String org = m.group(1);
      String repo = m.group(2).replaceFirst("\\.git$", "");
      // github.com/orgs/NAME/..., github.com/NAME/REPO/discussions: site paths, not names.
      if (SITE_PATHS.contains(org.toLowerCase(Locale.ROOT))) continue;
      // A link to an issue, a pull request or a proposal names the tracker, not the software:
      // "rust-lang/rfcs#2522" is a document, and every link of such notes goes to one.
      if (m.group(3) != null || PROPOSAL_REPO.matcher(repo).matches()) continue;
      for (Span t : tokens) {
        String w = masked.substring(t.getStart(), t.getEnd());
        if (w.length() < 3 || insideLink(links, t) || issueReference(masked, t)) continue;
        if (w.equalsIgnoreCase(repo) && !CommonWords.contains(w)) {
          out.add(candidate(EntityType.PROJECT, t.getStart(), t.getEnd()));
        } else if (w.equalsIgnoreCase(org)
            && !org.equalsIgnoreCase(repo)
            && Character.isUpperCase(w.charAt(0))
            && !CommonWords.contains(w)) {
          out.add(candidate(EntityType.ORGANIZATION, t.getStart(), t.getEnd()));
        }
      }
    }
  }

  /** "org/repo#123": the name of a tracker before an issue number. */
  private static boolean issueReference(String text, Span t) {
    int e = t.getEnd();
    return e + 1 < text.length() && text.charAt(e) == '#' && Character.isDigit(text.charAt(e + 1));
  }

  private static boolean insideLink(List<int[]> links, Span t) {
    for (int[] l : links) if (t.getStart() < l[1] && l[0] < t.getEnd()) return true;
    return false;
  }

  /** "Quillstack v1.2": a capitalised word that starts no sentence, right before a version. */
  private static void versionedNames(String masked, List<Span> tokens, List<Candidate> out) {
    for (int k = 1; k < tokens.size(); k++) {
      Span t = tokens.get(k);
      if (!name(masked, t) || sentenceStart(masked, tokens, k)) continue;
      if (VERSION_AFTER.matcher(masked).region(t.getEnd(), masked.length()).lookingAt()) {
        out.add(candidate(EntityType.PROJECT, t.getStart(), t.getEnd()));
      }
    }
  }

  private static void codeSpans(
      String original, String masked, List<Span> tokens, List<Candidate> out) {
    if (original.indexOf('`') < 0) return;
    Matcher m = CODE_SPAN.matcher(original);
    while (m.find()) {
      String w = m.group(1);
      if (CommonWords.contains(w) || w.startsWith("-")) continue;
      if (Identifiers.looksLikeCode(original, m.start(1), m.end(1))) continue;
      if (softwareWordNear(masked, tokens, m.start(1), m.end(1))) {
        out.add(candidate(EntityType.PROJECT, m.start(1), m.end(1)));
      }
    }
  }

  /** "the Quillstack project", "the Thimble operator": one or two capitalised words. */
  private static void theXProject(String masked, List<Span> tokens, List<Candidate> out) {
    for (int k = 0; k + 2 < tokens.size(); k++) {
      if (!Tokens.lower(masked, tokens.get(k)).equals("the")) continue;
      for (int n = 1; n <= 2 && k + n + 1 < tokens.size(); n++) {
        int last = k + n;
        if (!KINDS.contains(Tokens.lower(masked, tokens.get(last + 1)))) continue;
        // "the ASM project group", "the Initiative Project Board": a team or a page, not software.
        if (compound(masked, tokens, last + 2)) break;
        boolean names = true;
        for (int j = k + 1; j <= last; j++) names &= name(masked, tokens.get(j));
        if (names) {
          out.add(
              candidate(
                  EntityType.PROJECT, tokens.get(k + 1).getStart(), tokens.get(last).getEnd()));
        }
        break;
      }
    }
  }

  /**
   * A software word at most {@link #NEAR} words before or after the span ("install the `x` tool",
   * "the `x` crate"). Not anywhere in the sentence: notes about a language say "crate" and
   * "package" in every other line, next to identifiers that are no projects.
   */
  private static final Set<String> COMPOUND_HEADS =
      Set.of(
          "group",
          "groups",
          "board",
          "boards",
          "team",
          "teams",
          "goal",
          "goals",
          "meeting",
          "meetings",
          "lead",
          "leads",
          "manager",
          "page",
          "proposal");

  private static boolean compound(String masked, List<Span> tokens, int k) {
    if (k >= tokens.size()) return false;
    Span t = tokens.get(k);
    String w = masked.substring(t.getStart(), t.getEnd());
    return COMPOUND_HEADS.contains(w.toLowerCase(Locale.ROOT))
        || Character.isUpperCase(w.charAt(0)) && masked.charAt(t.getStart() - 1) == ' ';
  }

  private static boolean softwareWordNear(String masked, List<Span> tokens, int b, int e) {
    int first = -1;
    int last = -1;
    for (int k = 0; k < tokens.size(); k++) {
      Span t = tokens.get(k);
      if (t.getStart() >= b && t.getEnd() <= e) {
        if (first < 0) first = k;
        last = k;
      }
    }
    if (first < 0) return false;
    int words = 0;
    for (int k = first - 1; k >= 0 && words < NEAR; k--) {
      if (clauseBreak(masked, tokens.get(k))) break;
      if (!Character.isLetterOrDigit(masked.charAt(tokens.get(k).getStart()))) continue;
      if (SOFTWARE_WORDS.contains(Tokens.lower(masked, tokens.get(k)))) return true;
      words++;
    }
    words = 0;
    for (int k = last + 1; k < tokens.size() && words < NEAR; k++) {
      if (clauseBreak(masked, tokens.get(k))) break;
      if (!Character.isLetterOrDigit(masked.charAt(tokens.get(k).getStart()))) continue;
      if (SOFTWARE_WORDS.contains(Tokens.lower(masked, tokens.get(k)))) return true;
      words++;
    }
    return false;
  }

  private static final int NEAR = 2;

  /** ", does crate B": a comma or a stop ends the phrase the code span stands in. */
  private static boolean clauseBreak(String masked, Span t) {
    return t.length() == 1 && ",;:.!?()".indexOf(masked.charAt(t.getStart())) >= 0;
  }

  /** Capitalised, three or more letters, not a common word. */
  private static boolean name(String text, Span t) {
    if (t.length() < 3) return false;
    String w = text.substring(t.getStart(), t.getEnd());
    return Character.isUpperCase(w.charAt(0))
        && Character.isLetter(w.charAt(w.length() - 1))
        && !CommonWords.contains(w);
  }

  private static boolean sentenceStart(String text, List<Span> tokens, int k) {
    int i = tokens.get(k).getStart() - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
    return i < 0 || ".!?:\n-(\"".indexOf(text.charAt(i)) >= 0;
  }

  private static Candidate candidate(EntityType type, int b, int e) {
    return new Candidate(type, b, e, CONFIDENCE, Recognizer.PATTERN);
  }
}
