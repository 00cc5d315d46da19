package io.notegraph.write;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A {@link org.apache.jena.riot.system.StreamRDF} that only counts: statements, and the named
 * graphs they fall in. Cheaper than building a dataset to ask its size. Not thread-safe.
 */
public final class QuadCount extends StreamRDFBase {
  private final Set<Node> graphs = new HashSet<>();
  private long statements;

  @Override
  public void triple(Triple t) {
    statements++;
  }

  @Override
  public void quad(Quad q) {
    statements++;
    if (!q.isDefaultGraph()) graphs.add(q.getGraph());
  }

  /** {@code out}, counting into this on the way. */
  public StreamRDF counting(StreamRDF out) {
    return new StreamRDFWrapper(out) {
      @Override
      public void triple(Triple t) {
        QuadCount.this.triple(t);
        super.triple(t);
      }

      @Override
      public void quad(Quad q) {
        QuadCount.this.quad(q);
        super.quad(q);
      }
    };
  }

  /** Statements emitted (a triple stated in two named graphs counts twice). */
  public long statements() {
    return statements;
  }

  public int namedGraphs() {
    return graphs.size();
  }
}
