package io.notegraph.write;

import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Jena's Turtle/TriG block writer ({@code RDFFormat.TURTLE_BLOCKS}, {@code TRIG_BLOCKS}) with
 * cheaper plumbing: it prints into an {@link Utf8CharSink} instead of a locked, per-block flushed
 * {@code BufferedWriter}, through a {@link LineWriter} that prints a node's text whole instead of
 * char by char, and formats nodes through a {@link NamespaceGuardPrefixMap} and a {@link
 * CachingNodeFormatter} (each IRI formatted once). Layout, escaping and prefix choice stay Jena's,
 * so the bytes are those of {@code StreamRDFWriter.getWriterStream(out, TURTLE_BLOCKS)} (pinned by
 * {@code StreamedBytesTest}). The caller must {@link Utf8CharSink#finish()} the sink after {@code
 * finish()}. Not thread-safe: one per output file.
 *
 * <p>The batch printing below is Jena 5.6.0's {@code WriterStreamRDFBlocks} code (Apache License
 * 2.0), copied because it is private there, with one change: the predicate column width is measured
 * through the guard map. Jena measures it through its own {@code PrefixMapStd}, whose slow path
 * scans every namespace for {@code rdf:type} in every block (its share of the writer's CPU is in
 * docs/BENCHMARKS.md).
 */
final class BlockWriter extends WriterStreamRDFBlocks {
  private final NamespaceGuardPrefixMap guard;
  private final CachingNodeFormatter formatter;
  private final LineWriter lines;
  private final Utf8CharSink sink;
  // Sharing blocks with a twin writer (TwinBlockWriter): the block this writer printed last,
  // kept while keepBlocks is on; and the writer whose last block this one may print as its own.
  private boolean keepBlocks;
  private Block lastBlock;
  private final BlockWriter twin;

  BlockWriter(Utf8CharSink sink) {
    this(new LineWriter(sink), sink, null);
  }

  private BlockWriter(LineWriter out, Utf8CharSink sink, BlockWriter twin) {
    // The same context StreamRDFWriter.getWriterStream gives its writers.
    super(out, RIOT.getContext().copy());
    this.lines = out;
    this.sink = sink;
    this.twin = twin;
    this.guard = new NamespaceGuardPrefixMap(pMap);
    // As WriterStreamRDFBase.setFormatter (no base: the stream never sets one; if it did, base()
    // would put back Jena's own formatter, which writes the same bytes; see outputNode). A twin
    // labels blank nodes as the writer it copies from does: both see the same nodes in the same
    // order, and a block copied from it carries its labels.
    this.formatter = new CachingNodeFormatter(guard, twin == null ? nodeToLabel : twin.nodeToLabel);
    this.fmt = formatter;
  }

  /**
   * A writer that keeps the text of each block it prints, for {@link #copying} ones. Only for the
   * TriG writer of a twin pair.
   */
  static BlockWriter keepingBlocks(Utf8CharSink sink) {
    BlockWriter w = new BlockWriter(sink);
    w.keepBlocks = true;
    return w;
  }

  /**
   * A writer that prints the block {@code source} printed last, moved left to its own indent,
   * wherever that block is exactly the one it is about to print: the same statements (same subject,
   * same count, ended by the same event), and the same line break after the subject. {@code source}
   * must be fed each event first, on the same thread, and its last block cleared before each event
   * ({@link #forgetBlock}).
   */
  static BlockWriter copying(Utf8CharSink sink, BlockWriter source) {
    return new BlockWriter(new LineWriter(sink), sink, source);
  }

  /** Forgets the last block kept: the next event may end another one. */
  void forgetBlock() {
    lastBlock = null;
  }

  /**
   * A block's text as printed: from the start of the subject's line (so {@code indent} spaces
   * first) to the last object (no " ." yet); {@code subjectWidth} is the subject's printed width.
   */
  private record Block(
      Node subject, int statements, int indent, int subjectWidth, byte[] text, int length) {}

  @Override
  protected void prefixSetup(String prefix, String iri) {
    super.prefixSetup(prefix, iri);
    guard.invalidate();
    formatter.clear(); // a new prefix can change how an IRI is written
  }

  @Override
  protected void outputNode(Node n) {
    if (fmt != formatter) { // base() replaced the formatter: no cache, Jena's way
      super.outputNode(n);
    } else {
      formatter.print(lines, n);
    }
  }

  // ---- Jena's WriterStreamRDFBlocks batch printing, widths through the guard ----

  @Override
  protected void printBatchQuads(Node g, Node s, List<Quad> quads) {
    if (g == null) g = Quad.defaultGraphNodeGenerated;
    if (Objects.equals(g, lastGraph)) {
      out.println(" .");
    } else {
      endGraph(g);
      startGraph(g); // does the startBatch
      lastGraph = g;
    }
    printSubject(s, quads.stream().map(Quad::asTriple).toList());
    lastSubject = s;
  }

  @Override
  protected void printBatchTriples(Node s, List<Triple> triples) {
    startTripleBatch();
    printSubject(s, triples);
    out.println(" .");
    lastGraph = null;
  }

  /** Jena's private {@code startBatch} (its {@code startGraph} still calls its own copy). */
  private void startTripleBatch() {
    if (lastGraph != null) {
      endGraph(null);
      lastGraph = null;
    }
    if (out.getRow() > 1) out.println();
    out.flush();
  }

  private void printSubject(Node s, List<Triple> triples) {
    if (twin != null && printTwinBlock(s, triples.size())) return;
    boolean keep = keepBlocks && fmt == formatter && lines.nothingOnLine();
    int indent = lines.indent();
    if (keep) sink.startCapture();
    int subjectWidth = printBlock(s, triples);
    if (keep) {
      int n = sink.endCapture();
      lastBlock =
          n < 0 ? null : new Block(s, triples.size(), indent, subjectWidth, sink.captured(), n);
    }
  }

  /** Prints the twin's last block if it is this block: true if it did. */
  private boolean printTwinBlock(Node s, int statements) {
    Block b = twin.lastBlock;
    if (b == null || b.statements() != statements || !b.subject().equals(s)) return false;
    if (fmt != formatter || !lines.nothingOnLine() || lines.indent() != 0) return false;
    // Jena breaks the line after a subject that ends beyond LONG_SUBJECT (a column, so the
    // twin's indent counts there): the same decision both ways?
    boolean breaksThere = b.indent() + b.subjectWidth() > LONG_SUBJECT;
    if (breaksThere != (b.subjectWidth() > LONG_SUBJECT)) return false;
    return lines.printDedented(b.text(), b.length(), b.indent());
  }

  /** Jena's block printing; returns the subject's printed width. */
  private int printBlock(Node s, List<Triple> triples) {
    outputNode(s);
    int subjectWidth = out.getCol() - lines.indent(); // the line held only its indent before
    if (out.getCol() > LONG_SUBJECT) out.println();
    else out.print(' ', GAP_S_P);
    out.incIndent(INDENT_PREDICATE);
    out.pad();
    boolean typeKeyword = countPrefixesForRDF <= 0;
    int width = predicateWidth(triples, typeKeyword);
    boolean first = true;
    for (Triple t : triples) {
      if (!first) out.println(";");
      first = false;
      printProperty(t.getPredicate());
      out.pad(width);
      out.print(' ', GAP_P_O);
      outputNode(t.getObject());
    }
    out.decIndent(INDENT_PREDICATE);
    return subjectWidth;
  }

  /** As Jena's {@code Widths.calcWidthTriples}, quirks included (prev moves only on a fit). */
  private int predicateWidth(List<Triple> triples, boolean typeKeyword) {
    Node prev = null;
    int max = MIN_PREDICATE;
    for (Triple t : triples) {
      Node p = t.getPredicate();
      if (prev != null && prev.equals(p)) continue;
      int len = width(p, typeKeyword);
      if (len > LONG_PREDICATE) continue;
      if (max < len) max = len;
      prev = p;
    }
    return max;
  }

  /**
   * As Jena's {@code Widths.calcWidth}. The width without the {@code a} keyword is measured once
   * per predicate and kept in its formatter cache slot.
   */
  private int width(Node p, boolean typeKeyword) {
    if (fmt != formatter) return measuredWidth(p, typeKeyword);
    int slot = formatter.slot(p);
    int kept = formatter.derived(slot);
    if (kept < 0) {
      // The width without the keyword, and (bit 30) whether the IRI abbreviates at all.
      boolean prefixed = guard.abbrev(p.getURI()) != null;
      kept = measuredWidth(p, false) | (prefixed ? PREFIXED : 0);
      formatter.derive(slot, kept);
    }
    if (typeKeyword && (kept & PREFIXED) != 0 && RDF.Nodes.type.equals(p)) return 1;
    return kept & ~PREFIXED;
  }

  private static final int PREFIXED = 1 << 30;

  private int measuredWidth(Node p, boolean typeKeyword) {
    Pair<String, String> abbrev = guard.abbrev(p.getURI());
    if (abbrev == null) return p.getURI().length() + 2;
    if (typeKeyword && RDF.Nodes.type.equals(p)) return 1;
    return abbrev.getLeft().length() + 1 + abbrev.getRight().length();
  }
}
