package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/** Datasets compared as graphs: the same graph names, each named graph isomorphic. */
final class RdfCompare {
  private RdfCompare() {}

  static void assertSameDataset(DatasetGraph actual, DatasetGraph expected) {
    assertThat(names(actual)).as("graph names").isEqualTo(names(expected));
    assertThat(actual.getDefaultGraph().isIsomorphicWith(expected.getDefaultGraph()))
        .as("default graph")
        .isTrue();
    for (Node g : names(expected)) {
      assertThat(actual.getGraph(g).isIsomorphicWith(expected.getGraph(g)))
          .as("graph %s", g)
          .isTrue();
    }
  }

  private static List<Node> names(DatasetGraph d) {
    List<Node> names = new ArrayList<>();
    d.listGraphNodes().forEachRemaining(names::add);
    names.sort(java.util.Comparator.comparing(Node::toString));
    return names;
  }
}
