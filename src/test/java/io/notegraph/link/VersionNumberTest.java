package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionNumberTest {
  private static VersionNumber v(String s) {
    return VersionNumber.parse(s).orElseThrow();
  }

  @Test
  void versionsSortAsNumbersWithCandidatesBeforeTheirRelease() {
    List<String> revisions =
        new ArrayList<>(
            List.of("4.10", "5.0.0", "4.9.1", "v5.0.0-rc3", "5.0.0-rc10", "4.9", "5.0-dev"));
    revisions.sort((a, b) -> v(a).compareTo(v(b)));
    assertThat(revisions)
        .containsExactly("4.9", "4.9.1", "4.10", "5.0-dev", "v5.0.0-rc3", "5.0.0-rc10", "5.0.0");
  }

  @Test
  void theSortKeyOrdersAsTheComparatorDoes() {
    assertThat(v("4.10").sortKey()).isGreaterThan(v("4.9").sortKey());
    assertThat(v("5.0.0-rc3").sortKey()).isLessThan(v("5.0.0").sortKey());
    assertThat(v("v5.0.0-rc3")).isEqualTo(new VersionNumber(5, 0, 0, "rc", 3));
  }

  @Test
  void aWordIsNoVersion() {
    assertThat(VersionNumber.parse("final")).isEmpty();
  }
}
