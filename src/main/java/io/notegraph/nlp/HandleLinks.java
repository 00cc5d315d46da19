package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named by links to their accounts, with no list of them: a link whose text is the handle
 * its target ends with. Two kinds of evidence, per note:
 *
 * <ul>
 *   <li>a profile link of a code host: {@code [alice](https://github.com/alice)} (one path segment,
 *       not a site page such as {@code /features}; a handle that is an English word or names a
 *       project or organization, "containers", "rust-lang", is left alone: accounts of
 *       organizations are linked the same way);
 *   <li>a row of such links sharing one address prefix ({@code [alice](https://reviews.example/u/
 *       alice) [bob](https://reviews.example/u/bob)}, a reviewer or approver list) in which one
 *       handle is a person the note or the corpus already knows: every handle under that prefix in
 *       the note is then a person. A row of packages ({@code crates.io/crates/serde}) holds no
 *       known person and stays as it is; repository links ({@code github.com/ORG/REPO}) are never
 *       rows of people.
 * </ul>
 *
 * Finds are {@code pattern} persons at confidence 1.0 (the link stage makes a person of them).
 * Stateless.
 */
final class HandleLinks {
  /** {@code [handle](url)} or {@code [@handle](url)}; group 1 the handle, group 2 the target. */
  private static final Pattern LINK =
      Pattern.compile("\\[@?([A-Za-z0-9][A-Za-z0-9_.-]{0,38})\\]\\((https?://[^)\\s]+)\\)");

  private static final Set<String> CODE_HOSTS =
      Set.of("github.com", "gitlab.com", "codeberg.org", "bitbucket.org");

  /** Pages of a code host that sit where an account would. */
  private static final Set<String> SITE_PAGES =
      Set.of(
          "about",
          "apps",
          "collections",
          "contact",
          "customer-stories",
          "enterprise",
          "events",
          "explore",
          "features",
          "issues",
          "login",
          "marketplace",
          "new",
          "notifications",
          "organizations",
          "orgs",
          "pricing",
          "pulls",
          "search",
          "security",
          "settings",
          "signup",
          "site",
          "sponsors",
          "team",
          "topics",
          "trending",
          "users");

  private HandleLinks() {}

  /** One link whose text is the last segment of its target. */
  private record HandleLink(int begin, int end, String handle, String prefix, boolean profile) {}

  /**
   * The person spans in a whole note's text.
   *
   * @param known whether a handle (as written) is a person the note or the corpus already names
   * @param thing whether a word is a project or organization name (gazetteer)
   */
  static List<Candidate> find(String text, Predicate<String> known, Predicate<String> thing) {
    if (text.indexOf("](http") < 0) return List.of();
    Map<Integer, List<HandleLink>> byLine = new LinkedHashMap<>();
    List<HandleLink> all = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      HandleLink h = handleLink(m);
      if (h == null) continue;
      all.add(h);
      byLine.computeIfAbsent(lineStart(text, m.start()), k -> new ArrayList<>()).add(h);
    }
    if (all.isEmpty()) return List.of();
    Set<String> peoplePrefixes = new HashSet<>();
    List<Candidate> out = new ArrayList<>();
    for (HandleLink h : all) {
      if (h.profile() && personHandle(h.handle(), thing)) out.add(person(h));
    }
    for (var e : byLine.entrySet()) {
      List<HandleLink> row = e.getValue();
      if (row.size() < 2 || !onlyLinks(text, e.getKey(), row)) continue;
      Map<String, Integer> perPrefix = new LinkedHashMap<>();
      for (HandleLink h : row) perPrefix.merge(h.prefix(), 1, Integer::sum);
      for (HandleLink h : row) {
        if (perPrefix.get(h.prefix()) >= 2
            && !repositoryPrefix(h.prefix())
            && known.test(h.handle())) {
          peoplePrefixes.add(h.prefix());
        }
      }
    }
    if (peoplePrefixes.isEmpty()) return out;
    for (HandleLink h : all) {
      if (h.profile() || !peoplePrefixes.contains(h.prefix())) continue;
      if (h.handle().chars().allMatch(Character::isDigit) || thing.test(h.handle())) continue;
      out.add(person(h));
    }
    return out;
  }

  private static HandleLink handleLink(Matcher m) {
    String handle = m.group(1);
    String url = m.group(2);
    if (url.indexOf('?') >= 0 || url.indexOf('#') >= 0) return null;
    String rest = url.substring(url.indexOf("://") + 3);
    while (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
    int slash = rest.lastIndexOf('/');
    if (slash < 0) return null;
    String last = rest.substring(slash + 1);
    if (last.startsWith("@") || last.startsWith("~")) last = last.substring(1);
    if (!last.equalsIgnoreCase(handle)) return null;
    String prefix = rest.substring(0, slash + 1).toLowerCase(Locale.ROOT);
    if (prefix.startsWith("www.")) prefix = prefix.substring(4);
    String host = prefix.substring(0, prefix.indexOf('/'));
    boolean profile =
        CODE_HOSTS.contains(host)
            && prefix.indexOf('/') == prefix.length() - 1
            && !SITE_PAGES.contains(handle.toLowerCase(Locale.ROOT));
    int begin = m.start(1);
    return new HandleLink(begin, m.end(1), handle, prefix, profile);
  }

  /** A code host's path below an account: {@code github.com/containers/} lists repositories. */
  private static boolean repositoryPrefix(String prefix) {
    String host = prefix.substring(0, prefix.indexOf('/'));
    return CODE_HOSTS.contains(host) && prefix.indexOf('/') < prefix.length() - 1;
  }

  /**
   * A handle that can be a person's: not an English or common word ("containers", "kubernetes"),
   * not a project's or organization's name or made of one ("rust-lang").
   */
  private static boolean personHandle(String handle, Predicate<String> thing) {
    if (handle.length() < 2 || handle.chars().allMatch(Character::isDigit)) return false;
    if (EnglishWords.contains(handle) || CommonWords.contains(handle)) return false;
    if (thing.test(handle)) return false;
    for (String part : handle.split("[-_.]")) {
      if (part.length() >= 3 && thing.test(part)) return false;
    }
    return true;
  }

  /** Nothing on the line but the row's links, list or checkbox markers and separators. */
  private static boolean onlyLinks(String text, int lineStart, List<HandleLink> row) {
    int end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length();
    StringBuilder rest = new StringBuilder();
    int at = lineStart;
    Matcher m = LINK.matcher(text).region(lineStart, end);
    while (m.find()) {
      rest.append(text, at, m.start()).append(' ');
      at = m.end();
    }
    rest.append(text, at, end);
    String left = rest.toString().replaceAll("\\[[ xX]?\\]|\\band\\b", " ");
    for (int i = 0; i < left.length(); i++) {
      if (" \t\r-*+>,;|&·/".indexOf(left.charAt(i)) < 0) return false;
    }
    return true;
  }

  private static int lineStart(String text, int at) {
    return text.lastIndexOf('\n', at) + 1;
  }

  private static Candidate person(HandleLink h) {
    return new Candidate(EntityType.PERSON, h.begin(), h.end(), 1.0, Recognizer.PATTERN);
  }
}
