package io.notegraph.pipeline;

import io.notegraph.link.Entity;
import io.notegraph.link.EntityLookup;
import io.notegraph.link.Explanation;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.nlp.EntityType;
import io.notegraph.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code notegraph explain} needs of a linked corpus — the entities, why each surface form
 * resolved as it did, and how often each form occurs — written by {@code extract} beside the graph
 * ({@code notegraph.explain.tsv}) so that explain answers from it in milliseconds instead of
 * re-extracting the notes. The reasons are link-stage provenance, not facts, so they stay out of
 * the graph. Deterministic: sorted rows, one line per row, tab-separated with {@code \t \n \\ |}
 * escaped.
 */
public record ExplainIndex(
    SortedMap<String, Entity> entities,
    List<Explanation> explanations,
    Map<String, Map<String, Integer>> counts) {
  public static final String FILE = "notegraph.explain.tsv";
  private static final String HEADER = "# notegraph explain index v1";

  public static ExplainIndex of(LinkedCorpus corpus) {
    return new ExplainIndex(
        corpus.entities(), corpus.explanations(), EntityLookup.countsByEntity(corpus));
  }

  /** The index as a corpus without notes: enough for {@link EntityLookup#find}. */
  public LinkedCorpus corpus() {
    return new LinkedCorpus(List.of(), entities, explanations);
  }

  public Map<String, Integer> counts(String id) {
    return counts.getOrDefault(id, Map.of());
  }

  /** The index beside a graph file ({@code output/notegraph.trig} → {@code output/...tsv}). */
  public static Path besideGraph(Path graph) {
    Path dir = graph.toAbsolutePath().getParent();
    return dir.resolve(FILE);
  }

  public void write(Path dir) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Entity e : entities.values()) {
      row(
          sb,
          "E",
          escape(e.id()),
          e.type().name(),
          escape(e.name()),
          list(e.altLabels()),
          list(e.nicks()),
          list(e.sameAs()),
          nz(e.homepage()),
          nz(e.repository()),
          list(e.affiliations()),
          nz(e.project()));
    }
    for (Explanation x : explanations) {
      row(
          sb,
          "F",
          escape(x.entityId()),
          escape(x.surface()),
          escape(x.reason()),
          escape(x.file()),
          String.valueOf(x.line()));
    }
    for (var byId : new TreeMap<>(counts).entrySet()) {
      for (var c : byId.getValue().entrySet()) {
        row(sb, "C", escape(byId.getKey()), escape(c.getKey()), String.valueOf(c.getValue()));
      }
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    OutputWriter.atomically(dir.resolve(FILE), out -> out.write(bytes));
  }

  public static ExplainIndex read(Path file) throws IOException {
    SortedMap<String, Entity> entities = new TreeMap<>();
    List<Explanation> explanations = new ArrayList<>();
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IOException(file + ":1: not a notegraph explain index");
    }
    for (int i = 1; i < lines.size(); i++) {
      // Cells stay escaped until each is read: list cells split on '|' first.
      String[] f = lines.get(i).split("\t", -1);
      try {
        switch (f[0]) {
          case "E" ->
              entities.put(
                  unescape(f[1]),
                  new Entity(
                      unescape(f[1]),
                      EntityType.valueOf(f[2]),
                      unescape(f[3]),
                      set(f[4]),
                      set(f[5]),
                      items(f[6]),
                      nul(f[7]),
                      nul(f[8]),
                      set(f[9]),
                      nul(f[10])));
          case "F" ->
              explanations.add(
                  new Explanation(
                      unescape(f[1]),
                      unescape(f[2]),
                      unescape(f[3]),
                      unescape(f[4]),
                      Integer.parseInt(f[5])));
          case "C" ->
              counts
                  .computeIfAbsent(unescape(f[1]), k -> new TreeMap<>())
                  .put(unescape(f[2]), Integer.parseInt(f[3]));
          default -> throw new IOException(file + ":" + (i + 1) + ": unknown row kind " + f[0]);
        }
      } catch (RuntimeException e) {
        throw new IOException(file + ":" + (i + 1) + ": malformed row (" + e.getMessage() + ")");
      }
    }
    return new ExplainIndex(entities, explanations, counts);
  }

  // ---------------------------------------------------------------- the line format

  private static void row(StringBuilder sb, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) sb.append('\t');
      sb.append(cells[i]);
    }
    sb.append('\n');
  }

  /** One cell holding a list: each item escaped, joined by {@code |}. */
  private static String list(Collection<String> items) {
    return String.join("|", items.stream().map(ExplainIndex::escape).toList());
  }

  private static String nz(String s) {
    return s == null ? "" : escape(s);
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '|' -> b.append("\\p");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) return s;
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      b.append(
          switch (n) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'p' -> '|';
            default -> n;
          });
    }
    return b.toString();
  }

  private static List<String> items(String cell) {
    if (cell.isEmpty()) return List.of();
    return Arrays.stream(cell.split("\\|", -1)).map(ExplainIndex::unescape).toList();
  }

  private static TreeSet<String> set(String cell) {
    return new TreeSet<>(items(cell));
  }

  private static String nul(String cell) {
    return cell.isEmpty() ? null : unescape(cell);
  }
}
