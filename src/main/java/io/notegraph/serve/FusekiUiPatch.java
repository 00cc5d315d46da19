package io.notegraph.serve;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.notegraph.query.CatalogEntry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Fits the Fuseki UI (jena-fuseki-ui 5.6) to this data. The UI has no configuration for its query
 * editor: the example queries and the prefix buttons are literals in its query page's script
 * ({@code queries:[...]}, {@code prefixes:[...]} in {@code static/Query-*.js}). So this serves a
 * copy of that script with the catalog queries and the project's prefixes put in their place, and,
 * on a read-only server, a copy of the main script that also hides the write actions ("add data",
 * "edit") with a style sheet. Patched files are built once at install. When the UI's script no
 * longer has the expected literals (another UI version), the file is served unchanged and {@link
 * #install} says so. Thread-safe once installed.
 */
public final class FusekiUiPatch {
  /** The literals as jena-fuseki-ui 5.6.0 writes them. */
  static final String QUERIES =
      "queries:[{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"},"
          + "{value:SELECT_CLASSES_QUERY,text:\"Selection of classes\"}]";

  static final String PREFIXES_START =
      "prefixes:[{uri:\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"";

  /** Write actions of the UI: nav links and dataset-list buttons (FontAwesome marks their icon). */
  static final String READ_ONLY_CSS =
      "a[href$=\"/upload\"],a[href$=\"/edit\"],"
          + "button:has(svg[data-icon=\"upload\"]),button:has(svg[data-icon=\"edit\"])"
          + "{display:none!important}";

  /** A .js file, not inline HTML: no need for Gson's HTML escaping of = < > & '. */
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private FusekiUiPatch() {}

  /**
   * The server customisation {@code serve} uses: the shipped catalog as example queries, the
   * project's prefixes for {@code base}, no write actions unless writable; {@code unpatched} runs
   * when this UI version could not be patched.
   */
  public static java.util.function.Consumer<FusekiServer.Builder> forCatalog(
      String base, boolean writable, Runnable unpatched) {
    return fb -> {
      List<CatalogEntry> catalog = io.notegraph.query.QueryCatalog.onClasspath().entries();
      if (install(fb, catalog, io.notegraph.rdf.Prefixes.all(base), writable).isEmpty()) {
        unpatched.run();
      }
    };
  }

  /**
   * Adds the patched scripts to the server. Returns the names of the files patched (empty when the
   * UI is not on the class path or its scripts did not have the expected literals).
   */
  public static List<String> install(
      FusekiServer.Builder fb,
      List<CatalogEntry> catalog,
      Map<String, String> prefixes,
      boolean writable) {
    List<String> patched = new ArrayList<>();
    for (Map.Entry<String, String> f : webappScripts().entrySet()) {
      String name = f.getKey();
      String text = f.getValue();
      String patchedText = null;
      if (text.contains(QUERIES) && text.contains(PREFIXES_START)) {
        patchedText = editor(text, catalog, prefixes);
      } else if (!writable && text.contains("\"add data\"") && name.startsWith("index-")) {
        patchedText = text + "\n" + styleInjection(READ_ONLY_CSS) + "\n";
      }
      if (patchedText == null) continue;
      byte[] body = patchedText.getBytes(StandardCharsets.UTF_8);
      fb.addServlet("/static/" + name, new Script(body));
      patched.add(name);
    }
    return patched;
  }

  /** The query page's script with our examples and prefixes. */
  static String editor(String text, List<CatalogEntry> catalog, Map<String, String> prefixes) {
    List<Map<String, String>> queries = new ArrayList<>();
    for (CatalogEntry e : catalog) {
      Map<String, String> q = new LinkedHashMap<>();
      q.put("value", e.sparql());
      q.put("text", e.title());
      queries.add(q);
    }
    List<Map<String, String>> pfx = new ArrayList<>();
    prefixes.forEach(
        (k, v) -> {
          Map<String, String> p = new LinkedHashMap<>();
          p.put("uri", v);
          p.put("text", k);
          pfx.add(p);
        });
    String withQueries = text.replace(QUERIES, "queries:" + GSON.toJson(queries));
    int start = withQueries.indexOf(PREFIXES_START);
    int end = withQueries.indexOf("}]", start) + 2;
    return withQueries.substring(0, start)
        + "prefixes:"
        + GSON.toJson(pfx)
        + withQueries.substring(end);
  }

  private static String styleInjection(String css) {
    return "(function(){var s=document.createElement('style');s.textContent="
        + GSON.toJson(css)
        + ";document.head.appendChild(s);})();";
  }

  /** {@code webapp/static/*.js} of the UI jar, by file name. */
  private static Map<String, String> webappScripts() {
    Map<String, String> scripts = new LinkedHashMap<>();
    URL index = FusekiUiPatch.class.getClassLoader().getResource("webapp/index.html");
    if (index == null) return scripts;
    ClassLoader cl = FusekiUiPatch.class.getClassLoader();
    try {
      for (String name : staticNames(index)) {
        if (!name.endsWith(".js")) continue;
        try (InputStream in = cl.getResourceAsStream("webapp/static/" + name)) {
          if (in != null) scripts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Fuseki UI files", e);
    }
    return scripts;
  }

  private static List<String> staticNames(URL index) throws IOException {
    List<String> names = new ArrayList<>();
    if ("jar".equals(index.getProtocol())) {
      JarURLConnection conn = (JarURLConnection) index.openConnection();
      conn.setUseCaches(false);
      try (JarFile jar = conn.getJarFile()) {
        jar.stream()
            .map(JarEntry::getName)
            .filter(n -> n.startsWith("webapp/static/") && n.indexOf('/', 14) < 0)
            .map(n -> n.substring("webapp/static/".length()))
            .forEach(names::add);
      }
    } else {
      try {
        java.nio.file.Path dir = java.nio.file.Path.of(index.toURI()).resolveSibling("static");
        try (var files = java.nio.file.Files.list(dir)) {
          files.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        }
      } catch (java.net.URISyntaxException e) {
        throw new IOException(e);
      }
    }
    return names;
  }

  /** One patched script, served as the original would be. */
  private static final class Script extends HttpServlet {
    private final byte[] body;

    Script(byte[] body) {
      this.body = body;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setContentType("text/javascript; charset=utf-8");
      resp.setContentLength(body.length);
      resp.getOutputStream().write(body);
    }
  }
}
