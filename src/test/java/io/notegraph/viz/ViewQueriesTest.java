package io.notegraph.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewQueriesTest {
  @Test
  void everyQueryFileRunsAndFindsRowsInTheFixture() throws IOException {
    List<String> names;
    try (var files = Files.list(Path.of("src", "main", "resources", "viz"))) {
      names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".rq"))
              .map(n -> n.substring(0, n.length() - 3))
              .sorted()
              .toList();
    }
    assertThat(names).hasSize(13);
    ViewQueries queries = new ViewQueries(Fixtures.sample());
    for (String name : names) {
      assertThat(queries.select(name)).as(name).isNotEmpty();
    }
  }

  @Test
  void everyEdgeKindHasItsQuery() {
    for (EdgeKind kind : EdgeKind.values()) {
      assertThat(ViewQueries.load("edge-" + kind.key())).contains("SELECT ?source ?target");
    }
  }
}
