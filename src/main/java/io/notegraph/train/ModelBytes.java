package io.notegraph.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.util.model.BaseModel;

/**
 * A trained OpenNLP model as file bytes that depend on the model only. {@link BaseModel#serialize}
 * writes a zip whose entries carry the time of writing, and a manifest with the training time stamp
 * and a date comment; OpenNLP reads neither, so both are fixed here: the entries re-packed with
 * time 0 (manifest first, as OpenNLP writes it, then the rest by name), the manifest's lines
 * sorted, its comment dropped and {@code Timestamp=0}. Stateless.
 *
 * <pre>{@code
 * Files.write(file, ModelBytes.of(model));
 * }</pre>
 */
final class ModelBytes {
  static final String MANIFEST = "manifest.properties";

  private ModelBytes() {}

  static byte[] of(BaseModel model) {
    try {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      model.serialize(raw);
      return stable(raw.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same zip with fixed entry times, sorted entries and a stable manifest. */
  static byte[] stable(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
        entries.put(e.getName(), zin.readAllBytes());
      }
    }
    entries.computeIfPresent(MANIFEST, (k, v) -> stableManifest(v));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zout = new ZipOutputStream(out)) {
      writeEntry(zout, MANIFEST, entries.remove(MANIFEST));
      for (var e : entries.entrySet()) writeEntry(zout, e.getKey(), e.getValue());
    }
    return out.toByteArray();
  }

  private static void writeEntry(ZipOutputStream zout, String name, byte[] data)
      throws IOException {
    if (data == null) return;
    ZipEntry e = new ZipEntry(name);
    e.setTime(0L);
    zout.putNextEntry(e);
    zout.write(data);
    zout.closeEntry();
  }

  /** The manifest without its date comment, its lines sorted, the time stamp zero. */
  private static byte[] stableManifest(byte[] manifest) {
    String text = new String(manifest, StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder();
    text.lines()
        .filter(l -> !l.startsWith("#"))
        .map(l -> l.startsWith("Timestamp=") ? "Timestamp=0" : l)
        .sorted()
        .forEach(l -> out.append(l).append('\n'));
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
