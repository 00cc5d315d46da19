package io.notegraph.pipeline;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.write.OutputWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each note lies, relative to the output folder ({@code notegraph.sources.tsv}, written by
 * extract beside the graph): the graph names notes only by their path under the input root, so that
 * it is the same on every machine; {@code viz} needs the files themselves to link to them from
 * {@code graph.html}. Relative paths only, so the folder can move with its notes. Immutable.
 */
public record NoteLocations(Map<String, String> byName) {
  public static final String FILE = "notegraph.sources.tsv";

  public static NoteLocations of(List<SourceDocument> docs, Path outputDir) {
    Map<String, String> m = new TreeMap<>();
    Path out = outputDir.toAbsolutePath().normalize();
    for (SourceDocument d : docs) {
      URI uri = d.uri();
      if (!"file".equals(uri.getScheme())) continue; // bundled samples: no file to link
      Path file = Path.of(uri).toAbsolutePath().normalize();
      m.put(d.name(), out.relativize(file).toString().replace('\\', '/'));
    }
    return new NoteLocations(m);
  }

  public void write(Path outputDir) {
    StringBuilder sb = new StringBuilder("# note\tits file, relative to this folder\n");
    byName.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    OutputWriter.atomically(outputDir.resolve(FILE), o -> o.write(bytes));
  }

  /** The locations beside a graph file; none when extract wrote none there. */
  public static NoteLocations besideGraph(Path graph) {
    Path f = graph.toAbsolutePath().resolveSibling(FILE);
    Map<String, String> m = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0 && !line.startsWith("#"))
          m.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      // no locations: links stay relative to the page
    }
    return new NoteLocations(m);
  }

  /**
   * The link from a page in {@code pageDir} to the note {@code name} (a graph beside which these
   * locations were read lies in {@code graphDir}), as a relative, percent-encoded URL path.
   */
  public String link(String name, Path graphDir, Path pageDir) {
    String rel = byName.get(name);
    if (rel == null) return encode(name);
    Path file = graphDir.toAbsolutePath().resolve(rel).normalize();
    Path from = pageDir.toAbsolutePath().normalize();
    return encode(from.relativize(file).toString().replace('\\', '/'));
  }

  private static String encode(String path) {
    StringBuilder sb = new StringBuilder();
    for (String seg : path.split("/", -1)) {
      if (sb.length() > 0) sb.append('/');
      sb.append(java.net.URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }
}
