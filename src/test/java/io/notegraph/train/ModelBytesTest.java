package io.notegraph.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ModelBytesTest {
  /** A model-like zip as OpenNLP writes one: entries stamped with the time of writing. */
  private static byte[] zip(long time, String stamp, String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry m = new ZipEntry("manifest.properties");
      m.setTime(time);
      z.putNextEntry(m);
      String manifest = "#" + stamp + "\nTimestamp=" + time + "\nLanguage=en\nComponent-Name=x\n";
      z.write(manifest.getBytes(StandardCharsets.ISO_8859_1));
      for (String n : names) {
        ZipEntry e = new ZipEntry(n);
        e.setTime(time);
        z.putNextEntry(e);
        z.write(n.getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  @Test
  void entryTimesAndTheTrainingStampDoNotChangeTheBytes() throws IOException {
    byte[] monday = ModelBytes.stable(zip(1_700_000_000_000L, "Mon Dec 04", "b.model", "a.xml"));
    byte[] friday = ModelBytes.stable(zip(1_800_000_000_000L, "Fri Dec 08", "a.xml", "b.model"));
    assertThat(friday).isEqualTo(monday);
  }

  @Test
  void theManifestComesFirstThenTheEntriesByName() throws IOException {
    byte[] stable = ModelBytes.stable(zip(1_700_000_000_000L, "now", "b.model", "a.xml"));
    List<String> names = new ArrayList<>();
    String manifest = null;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(stable))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        byte[] data = in.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          manifest = new String(data, StandardCharsets.ISO_8859_1);
        }
      }
    }
    assertThat(names).containsExactly("manifest.properties", "a.xml", "b.model");
    assertThat(manifest).isEqualTo("Component-Name=x\nLanguage=en\nTimestamp=0\n");
  }
}
