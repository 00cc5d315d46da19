package io.notegraph.nlp;

import io.notegraph.nlp.gazetteer.Gazetteer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Whether the text around a gazetteer name that is also an ordinary word ("kind", "Helm", "Lima")
 * says it is the software: code formatting, a version right after it, a link to the project's
 * repository or site in the same segment, a technical word near it, or (for common nouns, not for
 * proper names of projects like "Lima") a capital letter where a sentence does not start.
 * Stateless.
 */
final class NameEvidence {
  /**
   * Words that put a name in a software context, within {@link #WINDOW} tokens either side on the
   * same line. Not "container", "image", "API", "Podman": in these notes they are everywhere.
   */
  private static final Set<String> CONTEXT =
      Set.of(
          "project",
          "projects",
          "tool",
          "tools",
          "library",
          "operator",
          "operators",
          "plugin",
          "plugins",
          "chart",
          "charts",
          "cluster",
          "clusters",
          "kubernetes",
          "k8s",
          "cncf",
          "deploy",
          "deployed",
          "deploying",
          "install",
          "installed",
          "installing",
          "release",
          "released",
          "repo",
          "repository",
          "github",
          "gitlab",
          "upstream",
          "maintainers",
          "maintainer",
          "runtime",
          "controller",
          "cli",
          "crd",
          "crds",
          "kubectl",
          "sandbox",
          "incubating",
          "graduated",
          "company",
          "inc",
          "corp",
          "acquired",
          "vendor",
          "customer",
          "customers",
          "partner",
          "sponsor",
          "sponsored");

  private static final int WINDOW = 5;

  private NameEvidence() {}

  static boolean present(
      String segment, String masked, List<Span> tokens, int begin, int end, Gazetteer.Entry e) {
    // An organization is a proper name: never lower-case, never code.
    boolean org = e.type() == EntityType.ORGANIZATION;
    if (org && !Character.isUpperCase(segment.charAt(begin))) return false;
    if (org
        && (begin > 0 && segment.charAt(begin - 1) == '`'
            || end < segment.length() && segment.charAt(end) == '`')) {
      return false;
    }
    if (begin > 0 && segment.charAt(begin - 1) == '`') return true;
    if (end < segment.length() && segment.charAt(end) == '`') return true;
    if (versionAfter(masked, end)) return true;
    if (linked(segment, e)) return true;
    // Weaker evidence below needs the name's own case: an organization capitalised, a project
    // written as its name is ("Helm", or "kind" for a lower-case name), not "port" for "Port".
    char c0 = segment.charAt(begin);
    boolean ownCase =
        e.type() == EntityType.ORGANIZATION
            ? Character.isUpperCase(c0)
            : Character.isUpperCase(c0) || Character.isLowerCase(e.name().charAt(0));
    if (!ownCase) return false;
    int first = firstToken(tokens, begin);
    if (first < 0) return false;
    int last = lastToken(tokens, end);
    // "some kind of", "a helm": the grammar of the word itself.
    if (wordUse(masked, tokens, first, last)) return false;
    // A capital counts for a common noun's project ("we use Helm") and for a company with a
    // proper name ("Kong"); not for a project named after a place or person ("Lima"), not for a
    // company named with a common noun ("Echo"), and not inside a Title Case run ("Server Side
    // Bucket Replication").
    boolean capitalCounts =
        e.type() == EntityType.PROJECT
            ? e.evidence() == Gazetteer.Evidence.COMMON_WORD
            : e.evidence() == Gazetteer.Evidence.PROPER_NAME;
    if (capitalCounts
        && Character.isUpperCase(segment.charAt(begin))
        && !sentenceStart(masked, begin)
        && !capitalised(masked, tokens, first - 1)
        && !capitalised(masked, tokens, last + 1)) {
      return true;
    }
    // An organization named with a common word ("Traversal") needs a company word near it.
    return contextNear(
        masked,
        tokens,
        first,
        last,
        org && e.evidence() == Gazetteer.Evidence.COMMON_WORD ? COMPANY : CONTEXT);
  }

  private static final Set<String> COMPANY =
      Set.of(
          "company",
          "inc",
          "corp",
          "acquired",
          "vendor",
          "customer",
          "customers",
          "partner",
          "sponsor",
          "sponsored");

  private static final Set<String> DETERMINERS =
      Set.of(
          "a", "an", "some", "any", "this", "that", "these", "those", "what", "every", "no",
          "which", "each", "another", "same", "one", "my", "your", "our", "their", "its", "his",
          "her", "very", "too", "so");

  private static boolean wordUse(String text, List<Span> tokens, int first, int last) {
    if (last + 1 < tokens.size() && Tokens.lower(text, tokens.get(last + 1)).equals("of"))
      return true;
    return first > 0 && DETERMINERS.contains(Tokens.lower(text, tokens.get(first - 1)));
  }

  private static boolean capitalised(String text, List<Span> tokens, int k) {
    if (k < 0 || k >= tokens.size()) return false;
    Span t = tokens.get(k);
    return t.length() > 1 && Character.isUpperCase(text.charAt(t.getStart()));
  }

  private static int firstToken(List<Span> tokens, int begin) {
    for (int k = 0; k < tokens.size(); k++) if (tokens.get(k).getEnd() > begin) return k;
    return -1;
  }

  private static int lastToken(List<Span> tokens, int end) {
    int last = -1;
    for (int k = 0; k < tokens.size() && tokens.get(k).getStart() < end; k++) last = k;
    return last;
  }

  private static boolean versionAfter(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    if (i < text.length() && (text.charAt(i) == 'v' || text.charAt(i) == 'V')) i++;
    int digits = i;
    while (i < text.length() && Character.isDigit(text.charAt(i))) i++;
    return i > digits
        && i > end + 1
        && (i >= text.length() || text.charAt(i) == '.' || !Character.isLetter(text.charAt(i)));
  }

  private static boolean linked(String segment, Gazetteer.Entry e) {
    String lower = null;
    for (String url : new String[] {e.repository(), e.homepage()}) {
      String key = urlKey(url);
      if (key == null) continue;
      if (lower == null) lower = segment.toLowerCase(Locale.ROOT);
      if (lower.contains(key)) return true;
    }
    return false;
  }

  /** "github.com/helm/helm" or "helm.sh": the URL without scheme, "www." and trailing slash. */
  private static String urlKey(String url) {
    if (url == null) return null;
    String k =
        url.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
    k = k.replaceAll("/+$", "");
    return k.length() < 5 ? null : k;
  }

  /** Only spaces (or nothing, or a list or heading marker) between the line start and here. */
  private static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
    if (i < 0) return true;
    char c = text.charAt(i);
    return c == '\n'
        || c == '.'
        || c == '!'
        || c == '?'
        || c == ':'
        || c == '-'
        || c == '('
        || c == '"'
        || c == '\u201C'
        || (Character.isDigit(c) && i + 1 < text.length() && text.charAt(i + 1) == '.');
  }

  private static boolean contextNear(
      String text, List<Span> tokens, int first, int last, Set<String> words) {
    int from = Math.max(0, first - WINDOW);
    int to = Math.min(tokens.size() - 1, last + WINDOW);
    int lineStart = text.lastIndexOf('\n', tokens.get(first).getStart()) + 1;
    int lineEnd = text.indexOf('\n', tokens.get(last).getEnd());
    if (lineEnd < 0) lineEnd = text.length();
    for (int k = from; k <= to; k++) {
      if (k >= first && k <= last) continue;
      Span t = tokens.get(k);
      if (t.getStart() < lineStart || t.getEnd() > lineEnd) continue;
      if (t.length() < 2) continue;
      if (words.contains(Tokens.lower(text, t))) return true;
    }
    return false;
  }
}
