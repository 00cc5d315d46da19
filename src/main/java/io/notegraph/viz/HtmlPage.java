package io.notegraph.viz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code /viz/graph.html} with the Cytoscape.js library (read from its webjar on the
 * classpath) and the view model as JSON. Three slots do not need a template engine: one pass over
 * the template replaces {@code {{NAME}}} markers, never looking inside inserted text.
 */
final class HtmlPage {
  private static final Pattern SLOT = Pattern.compile("\\{\\{([A-Z_]+)}}");
  private static final String WEBJAR = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

  private HtmlPage() {}

  static String render(
      ViewModel model, String title, java.util.function.UnaryOperator<String> noteLinks) {
    Map<String, String> slots = new TreeMap<>();
    slots.put("TITLE", escapeHtml(title));
    slots.put("GRAPH_JSON", Json.write(data(model, title, noteLinks)));
    slots.put("CYTOSCAPE_JS", cytoscape());
    return fill(resource("viz/graph.html"), slots);
  }

  static String fill(String template, Map<String, String> slots) {
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 500_000);
    int at = 0;
    while (m.find()) {
      String value = slots.get(m.group(1));
      if (value == null) throw new IllegalStateException("no value for slot " + m.group());
      out.append(template, at, m.start()).append(value);
      at = m.end();
    }
    return out.append(template, at, template.length()).toString();
  }

  /** A source link ({@code path#L12}, no scheme) pointed where the notes are; others as given. */
  static String noteHref(String href, java.util.function.UnaryOperator<String> noteLinks) {
    if (href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) return href;
    int hash = href.indexOf('#');
    String path = hash < 0 ? href : href.substring(0, hash);
    return noteLinks.apply(path) + (hash < 0 ? "" : href.substring(hash));
  }

  static Map<String, Object> data(
      ViewModel model, String title, java.util.function.UnaryOperator<String> noteLinks) {
    Map<String, Integer> degrees = model.degrees();
    List<Object> nodes = new ArrayList<>();
    for (ViewNode n : model.nodes()) {
      Map<String, Object> d = new TreeMap<>();
      d.put("id", n.id());
      d.put("type", n.type().key());
      d.put("label", n.label());
      d.put("date", n.date());
      d.put("degree", degrees.get(n.id()));
      d.put("attrs", n.attributes());
      d.put(
          "links",
          n.links().stream()
              .map(l -> Map.of("text", l.text(), "href", noteHref(l.href(), noteLinks)))
              .toList());
      nodes.add(Map.of("data", d, "classes", n.type().key()));
    }
    List<Object> edges = new ArrayList<>();
    for (ViewEdge e : model.edges()) {
      Map<String, Object> d = new TreeMap<>();
      d.put("id", e.id());
      d.put("source", e.source());
      d.put("target", e.target());
      d.put("kind", e.kind().key());
      d.put("weight", e.weight());
      d.put("dates", e.dates());
      edges.add(
          Map.of("data", d, "classes", e.kind().key() + (e.kind().derived() ? " derived" : "")));
    }
    List<Object> types = new ArrayList<>();
    for (NodeType t : NodeType.values()) {
      Map<String, Object> type = new LinkedHashMap<>();
      type.put("key", t.key());
      type.put("label", t.label());
      type.put("colour", t.colour());
      type.put("order", t.ordinal());
      types.add(type);
    }
    return Map.of("title", title, "nodes", nodes, "edges", edges, "types", types);
  }

  /** The minified library from the webjar whose version its pom.properties names. */
  static String cytoscape() {
    Properties props = new Properties();
    try (InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(WEBJAR)) {
      if (in == null) throw new IllegalStateException("Cytoscape.js webjar not on the classpath");
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = props.getProperty("version");
    String js =
        resource("META-INF/resources/webjars/cytoscape/" + version + "/dist/cytoscape.min.js");
    // Inside <script>, only "</script" could end the element early; the library has none today.
    return js.replace("</script", "<\\/script");
  }

  static String resource(String path) {
    try (InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escapeHtml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
