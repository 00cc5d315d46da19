package io.notegraph.nlp.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Turns the CNCF landscape ({@code landscape.yml}) into the generated gazetteer {@code
 * ontology/landscape-gazetteer.ttl}: every item becomes a project (or, under "CNCF Members" and the
 * service-provider and training-partner lists, an organization) with its name, a parenthesised
 * short name or former name as altLabel, homepage, repository, owning organization (the item's
 * Crunchbase organization, named by its member entry where it has one) and the attribution of the
 * data. Names that are also English words are marked {@code ng:needsEvidence}. The output is sorted
 * and has no timestamps: the same inputs give the same bytes.
 */
public final class LandscapeImport {
  public static final String SOURCE = "https://landscape.cncf.io/";
  public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
  public static final String ATTRIBUTION = "Project data: CNCF Landscape";

  private static final Pattern PAREN =
      Pattern.compile("^(.*?)\\s*\\((?:formerly\\s+)?([^()]+)\\)$");
  private static final Pattern CRUNCHBASE = Pattern.compile("/organization/([^/?#\\s]+)/?$");
  private static final Pattern CLEAN_SLUG = Pattern.compile("[a-z]+(-[a-z]+)*");

  private final WordList words;

  /** One entry before writing. */
  private record Item(
      String id,
      boolean organization,
      String name,
      SortedSet<String> alt,
      SortedSet<String> exact,
      String homepage,
      String repository,
      String ownerSlug) {}

  public LandscapeImport(WordList words) {
    this.words = words;
  }

  /** Reads the landscape YAML and returns the Turtle text. */
  public String toTurtle(Reader yaml) throws IOException {
    Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    Map<String, Item> items = new TreeMap<>();
    Map<String, String> orgNames = new TreeMap<>();
    for (Map<?, ?> category : maps(get(root, "landscape"))) {
      String cat = str(category.get("name"));
      for (Map<?, ?> sub : maps(category.get("subcategories"))) {
        String subName = str(sub.get("name"));
        boolean orgs =
            "CNCF Members".equals(cat)
                || subName != null
                    && (subName.contains("Service Provider")
                        || subName.contains("Training Partner"));
        for (Map<?, ?> item : maps(sub.get("items"))) {
          Item it = item(item, orgs);
          if (it == null) continue;
          if (orgs && it.ownerSlug() != null) orgNames.putIfAbsent(it.ownerSlug(), it.name());
          items.putIfAbsent(it.id(), it);
        }
      }
    }
    // A parenthesised acronym several items share ("(KCSP)") is a remark about the list, not a
    // name.
    Map<String, Integer> acronymUse = new TreeMap<>();
    for (Item it : items.values()) for (String a : it.exact()) acronymUse.merge(a, 1, Integer::sum);
    for (Item it : items.values()) it.exact().removeIf(a -> acronymUse.get(a) > 1);
    // Owners: the organization an item's Crunchbase link names, by its member entry's name or,
    // for a plain slug ("red-hat"), its words capitalised; an unreadable slug gives no owner.
    Map<String, String> ownerIds = new TreeMap<>();
    for (Item it : List.copyOf(items.values())) {
      String slug = it.ownerSlug();
      if (slug == null || ownerIds.containsKey(slug)) continue;
      String name = orgNames.get(slug);
      if (name == null && CLEAN_SLUG.matcher(slug).matches()) name = titleCase(slug);
      if (name == null) continue;
      String id = "organization/" + NameKey.slug(name);
      ownerIds.put(slug, id);
      items.putIfAbsent(
          id, new Item(id, true, name, new TreeSet<>(), new TreeSet<>(), null, null, null));
    }
    StringBuilder out = new StringBuilder();
    header(out);
    for (Item it : items.values())
      write(out, it, it.ownerSlug() == null ? null : ownerIds.get(it.ownerSlug()));
    return out.toString();
  }

  private Item item(Map<?, ?> item, boolean organization) {
    String raw = str(item.get("name"));
    if (raw == null) return null;
    String name = raw.replaceAll("\\s*\\(member\\)\\s*$", "").strip();
    SortedSet<String> alt = new TreeSet<>();
    SortedSet<String> exact = new TreeSet<>();
    Matcher m = PAREN.matcher(name);
    if (m.matches() && !m.group(1).isBlank()) {
      name = m.group(1).strip();
      String other = m.group(2).strip();
      // Acronyms ("OPA", "CSI") are matched only as written: lower-case they are words.
      if (other.equals(other.toUpperCase(Locale.ROOT))) exact.add(other);
      else if (!other.equals(other.toLowerCase(Locale.ROOT))) alt.add(other);
      // A lower-case note ("contributor") is a remark, not a name.
    }
    if (NameKey.normalise(name).length() < 2) return null;
    String owner = null;
    String cb = str(item.get("crunchbase"));
    if (cb != null) {
      Matcher c = CRUNCHBASE.matcher(cb.strip());
      if (c.find()) owner = c.group(1).toLowerCase(Locale.ROOT);
    }
    String id = (organization ? "organization/" : "project/") + NameKey.slug(name);
    return new Item(
        id,
        organization,
        name,
        alt,
        exact,
        url(item.get("homepage_url")),
        url(item.get("repo_url")),
        owner);
  }

  private void header(StringBuilder out) {
    out.append("# GENERATED by `notegraph gazetteer --landscape landscape.yml`: do not edit.\n")
        .append("# ")
        .append(ATTRIBUTION)
        .append(" (")
        .append(SOURCE)
        .append("), licensed CC BY 4.0 (")
        .append(LICENSE)
        .append(").\n")
        .append(
            "# Overrides and suppressions belong in ontology/gazetteer.ttl, which wins over this file.\n")
        .append("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n")
        .append("@prefix doap: <http://usefulinc.com/ns/doap#> .\n")
        .append("@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n")
        .append("@prefix schema: <https://schema.org/> .\n")
        .append("@prefix dcterms: <http://purl.org/dc/terms/> .\n")
        .append("@prefix ng: <https://w3id.org/notegraph/ontology#> .\n")
        .append("@prefix id: <")
        .append(Gazetteer.BASE)
        .append("> .\n\n")
        .append("<")
        .append(SOURCE)
        .append("> dcterms:title \"")
        .append(ATTRIBUTION)
        .append("\" ;\n  dcterms:license <")
        .append(LICENSE)
        .append("> .\n\n");
  }

  private void write(StringBuilder out, Item it, String ownerId) {
    out.append('<')
        .append(Gazetteer.BASE)
        .append(it.id())
        .append("> a ")
        .append(it.organization() ? "foaf:Organization" : "doap:Project")
        .append(" ;\n");
    out.append("  skos:prefLabel ").append(literal(it.name())).append(" ;\n");
    for (String a : it.alt()) out.append("  skos:altLabel ").append(literal(a)).append(" ;\n");
    for (String a : it.exact()) out.append("  skos:hiddenLabel ").append(literal(a)).append(" ;\n");
    if (it.homepage() != null) {
      out.append(it.organization() ? "  foaf:homepage <" : "  doap:homepage <")
          .append(it.homepage())
          .append("> ;\n");
    }
    if (it.repository() != null)
      out.append("  doap:repository <").append(it.repository()).append("> ;\n");
    if (ownerId != null && !ownerId.equals(it.id())) {
      out.append("  schema:publisher <").append(Gazetteer.BASE).append(ownerId).append("> ;\n");
    }
    Gazetteer.Evidence ev = words.classify(it.name());
    if (ev != Gazetteer.Evidence.NONE)
      out.append("  ng:needsEvidence \"").append(ev.term()).append("\" ;\n");
    out.append("  dcterms:source <").append(SOURCE).append("> ;\n");
    out.append("  dcterms:license <").append(LICENSE).append("> .\n\n");
  }

  private static String literal(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** An absolute http(s) URL without characters Turtle IRIs forbid, or null. */
  private static String url(Object o) {
    String s = str(o);
    if (s == null) return null;
    s = s.strip();
    if (!s.matches("https?://[^\\s<>\"{}|\\\\^`]+")) return null;
    return s;
  }

  private static String titleCase(String slug) {
    StringBuilder b = new StringBuilder();
    for (String w : slug.split("-")) {
      if (b.length() > 0) b.append(' ');
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }

  private static Object get(Object o, String key) {
    return o instanceof Map<?, ?> m ? m.get(key) : null;
  }

  private static List<Map<?, ?>> maps(Object o) {
    List<Map<?, ?>> out = new ArrayList<>();
    if (o instanceof List<?> l) for (Object x : l) if (x instanceof Map<?, ?> m) out.add(m);
    return out;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
