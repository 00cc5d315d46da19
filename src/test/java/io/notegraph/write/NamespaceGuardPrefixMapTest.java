package io.notegraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.rdf.Prefixes;
import java.util.Random;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.junit.jupiter.api.Test;

class NamespaceGuardPrefixMapTest {
  private static final String[] PARTS = {
    "https://ex.org/", "id/", "doc/", "a", "b#", "#", "/", "x", "char=1,2", "ns#", ":", "a.b", "-"
  };

  /** Every answer is Jena's PrefixMapStd's, asked twice (so cached answers are checked too). */
  @Test
  void answersAreThoseOfTheWrappedMap() {
    PrefixMap std = PrefixMapFactory.create();
    Prefixes.all("https://ex.org/id/").forEach(std::add);
    std.add("ex", "https://ex.org/");
    std.add("deep", "https://ex.org/id/doc/a/");
    std.add("hash", "https://ex.org/id/ns#");
    std.add("mid", "https://ex.org/id/b#x/");
    NamespaceGuardPrefixMap guard = new NamespaceGuardPrefixMap(std);
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder(random.nextInt(8) == 0 ? "urn:x" : "https://ex.org/");
      int n = random.nextInt(6);
      for (int k = 0; k < n; k++) sb.append(PARTS[random.nextInt(PARTS.length)]);
      String iri = sb.toString();
      assertThat(guard.abbrev(iri)).as(iri).isEqualTo(std.abbrev(iri));
      assertThat(guard.abbrev(iri)).as(iri).isEqualTo(std.abbrev(iri));
    }
    assertThat(guard.abbrev("https://ex.org/id/doc/a/z"))
        .isEqualTo(std.abbrev("https://ex.org/id/doc/a/z"));
  }

  @Test
  void aPrefixAddedLaterIsSeenAfterInvalidate() {
    PrefixMap std = PrefixMapFactory.create();
    NamespaceGuardPrefixMap guard = new NamespaceGuardPrefixMap(std);
    String iri = "https://ex.org/late/x";
    assertThat(guard.abbrev(iri)).isNull();
    std.add("late", "https://ex.org/late/");
    guard.invalidate();
    assertThat(guard.abbrev(iri)).isEqualTo(std.abbrev(iri)).isNotNull();
  }
}
