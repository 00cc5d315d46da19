package io.notegraph.rdf;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;

/**
 * Jena's Turtle/TriG block writer ({@code RDFFormat.TURTLE_BLOCKS}, {@code TRIG_BLOCKS}) with
 * cheaper plumbing: it prints into an {@link Utf8CharSink} instead of a locked, per-block flushed
 * {@code BufferedWriter}, and formats nodes through a {@link NamespaceGuardPrefixMap}. Layout,
 * escaping and prefix choice stay Jena's, so the bytes are those of {@code
 * StreamRDFWriter.getWriterStream(out, TURTLE_BLOCKS)} (pinned by {@code BlockWriterTest}).
 * The caller must {@link Utf8CharSink#finish()} the sink after {@code finish()}.
 * Not thread-safe: one per output file.
 */
final class BlockWriter extends WriterStreamRDFBlocks {
  private final NamespaceGuardPrefixMap guard;

  BlockWriter(Utf8CharSink sink) {
    this(RiotLib.create(sink));
  }

  private BlockWriter(IndentedWriter out) {
    // The same context StreamRDFWriter.getWriterStream gives its writers.
    super(out, RIOT.getContext().copy());
    this.guard = new NamespaceGuardPrefixMap(pMap);
    // As WriterStreamRDFBase.setFormatter (no base: the stream never sets one; if it did, base()
    // would put back Jena's own formatter, which writes the same bytes).
    this.fmt = new NodeFormatterTTL(null, guard, nodeToLabel);
  }

  @Override
  protected void prefixSetup(String prefix, String iri) {
    super.prefixSetup(prefix, iri);
    guard.invalidate();
  }
}
