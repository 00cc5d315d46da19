package io.notegraph.pipeline;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last run read: note name → SHA-256 of its decoded text, kept beside the output as {@code
 * notegraph.manifest.tsv}. Comparing it with this run's notes says which are new, changed, removed
 * or unchanged. Immutable.
 */
public record Manifest(Map<String, String> hashes) {
  public static final String FILE = "notegraph.manifest.tsv";

  /** Counts of what changed since the previous manifest. */
  public record Changes(int added, int changed, int removed, int unchanged) {
    /** No notes compared (nothing was written). */
    public static final Changes NONE = new Changes(0, 0, 0, 0);

    public boolean none() {
      return added == 0 && changed == 0 && removed == 0;
    }
  }

  public static Manifest of(List<SourceDocument> docs) {
    Map<String, String> m = new TreeMap<>();
    for (SourceDocument d : docs) m.put(d.name(), sha256(d.text()));
    return new Manifest(m);
  }

  public static Manifest read(Path dir) {
    Path f = dir.resolve(FILE);
    Map<String, String> m = new TreeMap<>();
    if (!Files.isRegularFile(f)) return new Manifest(m);
    try {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        int tab = line.lastIndexOf('\t');
        if (tab > 0 && !line.startsWith("#"))
          m.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      // an unreadable manifest only costs the change report
    }
    return new Manifest(m);
  }

  public Changes since(Manifest previous) {
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    for (var e : hashes.entrySet()) {
      String old = previous.hashes.get(e.getKey());
      if (old == null) added++;
      else if (old.equals(e.getValue())) unchanged++;
      else changed++;
    }
    int removed =
        (int) previous.hashes.keySet().stream().filter(k -> !hashes.containsKey(k)).count();
    return new Changes(added, changed, removed, unchanged);
  }

  public void write(Path dir) {
    StringBuilder sb = new StringBuilder("# note\tsha256 of its decoded text\n");
    hashes.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    OutputWriter.atomically(
        dir.resolve(FILE), out -> out.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
