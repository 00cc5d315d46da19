package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.parse.SourceRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RangeMapTest {
  private static final SourceRange TITLE = new SourceRange(1, 0, 12);
  private static final SourceRange ATTENDEE = new SourceRange(3, 40, 49);
  private static final SourceRange PRESENTER = new SourceRange(7, 120, 131);

  @Test
  void answersAndIteratesAsTheTreeMapItReplaces() {
    Map<SourceRange, String> given = new HashMap<>();
    given.put(PRESENTER, "person/ada-quill");
    given.put(TITLE, "project/podman");
    given.put(ATTENDEE, "person/ada-quill");
    RangeMap map = RangeMap.of(given);
    TreeMap<SourceRange, String> tree = new TreeMap<>(given);

    assertThat(map).isEqualTo(tree).hasSameHashCodeAs(tree).hasSize(3);
    assertThat(List.copyOf(map.entrySet())).isEqualTo(List.copyOf(tree.entrySet()));
    assertThat(map.get(ATTENDEE)).isEqualTo("person/ada-quill");
    assertThat(map.get(new SourceRange(3, 40, 50))).isNull();
    assertThat(map.get("not a range")).isNull();
    assertThat(map.containsKey(TITLE)).isTrue();
    assertThat(map.containsKey(new SourceRange(1, 0, 11))).isFalse();
  }

  @Test
  void anEmptyMapHasNoEntries() {
    RangeMap map = RangeMap.of(Map.of());
    assertThat(map).isEmpty();
    assertThat(map.get(TITLE)).isNull();
    assertThat(map.entrySet().iterator().hasNext()).isFalse();
  }
}
