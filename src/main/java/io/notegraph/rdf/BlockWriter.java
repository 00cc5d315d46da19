package io.notegraph.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Jena's Turtle/TriG block writer ({@code RDFFormat.TURTLE_BLOCKS}, {@code TRIG_BLOCKS}) with
 * cheaper plumbing: it prints into an {@link Utf8CharSink} instead of a locked, per-block flushed
 * {@code BufferedWriter}, through a {@link LineWriter} that prints a node's text whole instead of
 * char by char, and formats nodes through a {@link NamespaceGuardPrefixMap}. IRIs are formatted
 * once and remembered in a small cache: predicates, classes and recurring entities make up most
 * IRIs written, and abbreviating an IRI (prefix lookup, then a check of every char of the local
 * name) was a third of the writer's CPU. Layout, escaping and prefix choice stay Jena's, so the
 * bytes are those of {@code StreamRDFWriter.getWriterStream(out, TURTLE_BLOCKS)} (pinned by
 * {@code StreamedBytesTest}). The caller must {@link Utf8CharSink#finish()} the sink after
 * {@code finish()}. Not thread-safe: one per output file.
 *
 * <p>The batch printing below is Jena 5.6.0's {@code WriterStreamRDFBlocks} code (Apache License
 * 2.0), copied because it is private there, with one change: the predicate column width is
 * measured through the guard map. Jena measures it through its own {@code PrefixMapStd}, whose
 * slow path scans every namespace for {@code rdf:type} in every block: 20% of the writer's CPU
 * at 100 times the corpus.
 */
final class BlockWriter extends WriterStreamRDFBlocks {
  // Direct-mapped: a slot per hash, the newest IRI wins. 4096 slots hold the vocabulary and the
  // entities of the current notes; a miss costs one formatting, as without the cache.
  private static final int CACHE_SLOTS = 1 << 12;

  private final NamespaceGuardPrefixMap guard;
  private final NodeFormatterTTL formatter;
  private final LineWriter lines;
  private final TextAWriter scratch = new TextAWriter();
  private final Node[] cachedIris = new Node[CACHE_SLOTS];
  private final String[] cachedText = new String[CACHE_SLOTS];
  private final byte[][] cachedBytes = new byte[CACHE_SLOTS][];
  private final int[] cachedWidth = new int[CACHE_SLOTS]; // -1: not measured yet
  private final boolean[] cachedPrefixed = new boolean[CACHE_SLOTS];

  BlockWriter(Utf8CharSink sink) {
    this(new LineWriter(sink));
  }

  private BlockWriter(LineWriter out) {
    // The same context StreamRDFWriter.getWriterStream gives its writers.
    super(out, RIOT.getContext().copy());
    this.lines = out;
    this.guard = new NamespaceGuardPrefixMap(pMap);
    // As WriterStreamRDFBase.setFormatter (no base: the stream never sets one; if it did, base()
    // would put back Jena's own formatter, which writes the same bytes; see outputNode).
    this.formatter = new NodeFormatterTTL(null, guard, nodeToLabel);
    this.fmt = formatter;
  }

  @Override
  protected void prefixSetup(String prefix, String iri) {
    super.prefixSetup(prefix, iri);
    guard.invalidate();
    Arrays.fill(cachedIris, null); // a new prefix can change how an IRI is written
  }

  @Override
  protected void outputNode(Node n) {
    if (fmt != formatter) { // base() replaced the formatter: no cache, Jena's way
      super.outputNode(n);
    } else if (n.isURI()) {
      int slot = slot(n);
      lines.print(cachedText[slot], cachedBytes[slot]);
    } else {
      fmt.format(scratch.reset(), n);
      lines.print(scratch.chars(), scratch.length());
    }
  }

  /** The cache slot holding {@code iri}, formatted (and encoded) there first if need be. */
  private int slot(Node iri) {
    int slot = iri.hashCode() & (CACHE_SLOTS - 1);
    Node cached = cachedIris[slot];
    if (cached != iri && (cached == null || !cached.equals(iri))) {
      fmt.format(scratch.reset(), iri);
      String text = scratch.toString();
      cachedIris[slot] = iri;
      cachedText[slot] = text;
      cachedBytes[slot] = Utf8CharSink.encoded(text);
      cachedWidth[slot] = -1;
    }
    return slot;
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
    outputNode(s);
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
   * per predicate and kept with its cached text.
   */
  private int width(Node p, boolean typeKeyword) {
    if (fmt != formatter) return measuredWidth(p, typeKeyword);
    int slot = slot(p);
    if (cachedWidth[slot] < 0) {
      cachedWidth[slot] = measuredWidth(p, false);
      cachedPrefixed[slot] = guard.abbrev(p.getURI()) != null;
    }
    if (typeKeyword && cachedPrefixed[slot] && RDF.Nodes.type.equals(p)) return 1;
    return cachedWidth[slot];
  }

  private int measuredWidth(Node p, boolean typeKeyword) {
    Pair<String, String> abbrev = guard.abbrev(p.getURI());
    if (abbrev == null) return p.getURI().length() + 2;
    if (typeKeyword && RDF.Nodes.type.equals(p)) return 1;
    return abbrev.getLeft().length() + 1 + abbrev.getRight().length();
  }
}
