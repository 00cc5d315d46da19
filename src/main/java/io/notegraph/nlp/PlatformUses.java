package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A company's name used for the service it runs is no mention of the company: "on GitHub", "via
 * LinkedIn", "the GitHub repo", "Github @handle", "Google Meet" (services are not entities,
 * docs/NLP.md). Told by grammar, not by a list of names: "on"/"via"/"onto" before the name, or a
 * word for what a service holds right after it. Where a note uses an organization's name so at
 * least as often as otherwise, every mention of it in the note goes ("for the GitHub" in a
 * transcript of a note that says "on GitHub" five times); "at Google", "from Red Hat" stay.
 * Stateless.
 */
final class PlatformUses {
  /** Not "in": "the folks in Red Hat" is the company. */
  private static final Set<String> BEFORE = Set.of("on", "via", "onto");

  /** What a service holds or is: "GitHub repo", "GitHub issues", "Google Meet", "Google Docs". */
  private static final Set<String> AFTER =
      Set.of(
          "repo",
          "repos",
          "repository",
          "repositories",
          "issue",
          "issues",
          "action",
          "actions",
          "account",
          "accounts",
          "handle",
          "profile",
          "page",
          "pages",
          "org",
          "orgs",
          "organization",
          "pr",
          "prs",
          "pull",
          "discussion",
          "discussions",
          "meet",
          "drive",
          "docs",
          "doc",
          "sheet",
          "sheets",
          "group",
          "groups",
          "chat",
          "workspace",
          "wiki",
          "notification",
          "notifications",
          "message",
          "messages",
          "post",
          "thread");

  /** The company's people: "on Red Hat team", "on the Google side". */
  private static final Set<String> PEOPLE =
      Set.of("team", "teams", "staff", "folks", "people", "employees", "engineers", "side");

  private static final Pattern WORD_BEFORE = Pattern.compile("([A-Za-z]+)[ \\t]+$");
  private static final Pattern AFTER_WORD = Pattern.compile("^[ \\t]+(@?)([A-Za-z]+)");

  private PlatformUses() {}

  static List<Mention> drop(String text, List<Mention> mentions) {
    Map<String, int[]> counts = new HashMap<>(); // name -> {platform uses, all}
    Set<Mention> platform = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.ORGANIZATION) continue;
      String key = m.text().toLowerCase(Locale.ROOT);
      int[] c = counts.computeIfAbsent(key, k -> new int[2]);
      c[1]++;
      if (platformUse(text, m.range().begin(), m.range().end())) {
        c[0]++;
        platform.add(m);
      }
    }
    if (platform.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.type() == EntityType.ORGANIZATION) {
        int[] c = counts.get(m.text().toLowerCase(Locale.ROOT));
        if (platform.contains(m) || 2 * c[0] >= c[1]) continue;
      }
      out.add(m);
    }
    return out;
  }

  static boolean platformUse(String text, int begin, int end) {
    var after = AFTER_WORD.matcher(text.substring(end, Math.min(text.length(), end + 40)));
    String next = after.find() ? after.group(2).toLowerCase(Locale.ROOT) : "";
    if (PEOPLE.contains(next)) return false; // "works on Red Hat team"
    if (!next.isEmpty() && (!after.group(1).isEmpty() || AFTER.contains(next))) return true;
    int from = Math.max(0, begin - 20);
    var before = WORD_BEFORE.matcher(text.substring(from, begin));
    return before.find() && BEFORE.contains(before.group(1).toLowerCase(Locale.ROOT));
  }
}
