package io.notegraph.link;

import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.gazetteer.Gazetteer;
import io.notegraph.parse.SourceRange;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Ada Quill &lt;ada@acme.example&gt;", "[Ada](mailto:ada@acme.example)", "write to
 * ada.quill@acme.example": a person's e-mail address at the domain of an organization's home page
 * in the gazetteer says where they work. The address belongs to the person named right before it,
 * else to the person whose name its local part spells ("ada.quill"). A domain two organizations
 * share, or that is only a hosting site's, names nobody's employer. Stateless; thread-safe.
 */
final class EmailAffiliations {
  static final String RULE =
      "the person's e-mail address is at the organization's home-page domain";

  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?i)(?<![\\w.+-])(?:mailto:)?([a-z0-9][\\w.+-]*)@([a-z0-9-]+(?:\\.[a-z0-9-]+)+)");

  /** Between a name and its address: " <", " (", "](mailto:", ": ". */
  private static final Pattern BETWEEN = Pattern.compile("^[ \\t]*[<(\\[:,-]?[ \\t]*(?:\\]\\()?");

  /** Hosts many organizations' home pages live on: no one's employer. */
  private static final List<String> HOSTING =
      List.of("github.com", "gitlab.com", "github.io", "linkedin.com", "medium.com", "google.com");

  private EmailAffiliations() {}

  /** Every person-address pair of a note whose domain is one organization's. */
  static List<Affiliations.About> find(
      Things things, String text, Map<SourceRange, String> people) {
    List<Affiliations.About> out = new ArrayList<>();
    Matcher m = ADDRESS.matcher(text);
    Map<String, Optional<Gazetteer.Entry>> byDomain = new HashMap<>();
    while (m.find()) {
      String domain = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
      Optional<Gazetteer.Entry> org =
          byDomain.computeIfAbsent(domain, d -> organizationAt(things.gazetteer(), d));
      if (org.isEmpty()) continue;
      Optional<SourceRange> person = owner(text, m, people);
      if (person.isEmpty()) continue;
      things
          .identify(EntityType.ORGANIZATION, org.get().name())
          .filter(r -> r.type() == EntityType.ORGANIZATION)
          .ifPresent(
              r ->
                  out.add(
                      new Affiliations.About(
                          person.get(),
                          new Affiliations.Accepted(r.id(), r, 0.8, RULE),
                          person.get().line())));
    }
    return out;
  }

  /** The person range right before the address, else the one its local part spells. */
  private static Optional<SourceRange> owner(
      String text, Matcher m, Map<SourceRange, String> people) {
    int at = m.start();
    SourceRange before = null;
    for (var e : people.entrySet()) {
      SourceRange r = e.getKey();
      if (!e.getValue().startsWith("person/") || r.end() > at || at - r.end() > 12) continue;
      if (BETWEEN.matcher(text.substring(r.end(), at)).matches()
          && (before == null || r.end() > before.end())) before = r;
    }
    if (before != null) return Optional.of(before);
    String local = Names.normalise(m.group(1).replaceAll("[._+-]+", " "));
    if (!local.contains(" ")) return Optional.empty(); // "ada@" could be anyone called Ada
    return people.entrySet().stream()
        .filter(e -> e.getValue().startsWith("person/"))
        .map(Map.Entry::getKey)
        .filter(r -> Names.normalise(text.substring(r.begin(), r.end())).equals(local))
        .min((a, b) -> Integer.compare(a.begin(), b.begin()));
  }

  /** The one organization whose home page is at {@code domain} or a domain above it. */
  static Optional<Gazetteer.Entry> organizationAt(Gazetteer gazetteer, String domain) {
    Gazetteer.Entry found = null;
    for (Gazetteer.Entry e : gazetteer.entries()) {
      if (e.type() != EntityType.ORGANIZATION || e.homepage() == null) continue;
      String host = host(e.homepage());
      if (host == null || HOSTING.stream().anyMatch(host::endsWith)) continue;
      if (domain.equals(host) || domain.endsWith("." + host)) {
        if (found != null && !found.id().equals(e.id())) return Optional.empty(); // ambiguous
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  private static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
