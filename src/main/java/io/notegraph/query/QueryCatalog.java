package io.notegraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The question catalog: every {@code /queries/*.rq} on the classpath, by file name without {@code
 * .rq}, sorted. Works from a directory (tests, IDE) and from the jar. Immutable after loading, so
 * thread-safe.
 */
public final class QueryCatalog {
  private static final String DIR = "queries";

  private final TreeMap<String, CatalogEntry> entries;

  private QueryCatalog(TreeMap<String, CatalogEntry> entries) {
    this.entries = entries;
  }

  /** Loads the catalog from the class path of this class. */
  public static QueryCatalog onClasspath() {
    TreeMap<String, CatalogEntry> found = new TreeMap<>();
    ClassLoader cl = QueryCatalog.class.getClassLoader();
    try {
      Enumeration<URL> roots = cl.getResources(DIR);
      while (roots.hasMoreElements()) {
        for (String name : fileNames(roots.nextElement())) {
          found.computeIfAbsent(name, n -> load(cl, n));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the query catalog", e);
    }
    return new QueryCatalog(found);
  }

  public List<CatalogEntry> entries() {
    return List.copyOf(entries.values());
  }

  public Optional<CatalogEntry> find(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  private static CatalogEntry load(ClassLoader cl, String name) {
    try (InputStream in = cl.getResourceAsStream(DIR + "/" + name + ".rq")) {
      return CatalogEntry.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read query " + name, e);
    }
  }

  private static List<String> fileNames(URL root) throws IOException {
    if ("jar".equals(root.getProtocol())) {
      JarURLConnection conn = (JarURLConnection) root.openConnection();
      conn.setUseCaches(false);
      try (JarFile jar = conn.getJarFile()) {
        return jar.stream()
            .map(JarEntry::getName)
            .filter(
                n ->
                    n.startsWith(DIR + "/")
                        && n.endsWith(".rq")
                        && n.indexOf('/', DIR.length() + 1) < 0)
            .map(n -> n.substring(DIR.length() + 1, n.length() - 3))
            .toList();
      }
    }
    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".rq"))
          .map(n -> n.substring(0, n.length() - 3))
          .toList();
    } catch (URISyntaxException e) {
      throw new IOException("odd class path entry " + root, e);
    }
  }
}
