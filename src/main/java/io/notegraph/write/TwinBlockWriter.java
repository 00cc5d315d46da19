package io.notegraph.write;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * The streamed Turtle and TriG files written together, on one thread, formatting each block once.
 * The Turtle file holds every quad as a triple, so its blocks are nearly always the TriG file's
 * blocks moved left by the graph's indent: the TriG writer keeps the text of the block it just
 * printed, and the Turtle writer prints that text instead of formatting the same nodes again
 * wherever it is exactly its own block (see {@link BlockWriter#copying}). Where it is not (a
 * subject whose statements run on across a graph boundary is one block in Turtle, two in TriG), the
 * Turtle writer formats as usual. Both files are byte for byte what two separate {@link
 * BlockWriter}s write (pinned by {@code StreamedBytesTest}); formatting was most of each writer's
 * CPU. Not thread-safe.
 */
final class TwinBlockWriter implements StreamRDF {
  private final BlockWriter trig;
  private final BlockWriter ttl;

  TwinBlockWriter(Utf8CharSink ttlSink, Utf8CharSink trigSink) {
    this.trig = BlockWriter.keepingBlocks(trigSink);
    this.ttl = BlockWriter.copying(ttlSink, trig);
  }

  @Override
  public void start() {
    trig.forgetBlock();
    trig.start();
    ttl.start();
  }

  @Override
  public void triple(Triple triple) {
    trig.forgetBlock();
    trig.triple(triple);
    ttl.triple(triple);
  }

  @Override
  public void quad(Quad quad) {
    trig.forgetBlock();
    trig.quad(quad);
    ttl.triple(quad.asTriple());
  }

  @Override
  public void base(String base) {
    trig.forgetBlock();
    trig.base(base);
    ttl.base(base);
  }

  @Override
  public void prefix(String prefix, String iri) {
    trig.forgetBlock();
    trig.prefix(prefix, iri);
    ttl.prefix(prefix, iri);
  }

  @Override
  public void version(String version) {
    trig.forgetBlock();
    trig.version(version);
    ttl.version(version);
  }

  @Override
  public void finish() {
    trig.forgetBlock();
    trig.finish();
    ttl.finish();
  }
}
