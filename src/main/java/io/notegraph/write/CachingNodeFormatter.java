package io.notegraph.write;

import java.util.Arrays;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.PrefixMap;

/**
 * Jena's Turtle node formatter, formatting each IRI once: predicates, classes and recurring
 * entities make up most IRIs written, and formatting an IRI (abbreviating it, then checking and
 * escaping every char) was a third of the Turtle writers' CPU. The cache is direct-mapped (a slot
 * per hash, the newest IRI wins) and keeps the text UTF-8 encoded too, so printing a hit into a
 * {@link LineWriter} over a {@link Utf8CharSink} is one array copy. Other nodes are formatted into
 * a scratch buffer and printed whole. The text is always Jena's. Not thread-safe: one per writer;
 * {@link #clear()} it when the prefixes change.
 */
final class CachingNodeFormatter extends NodeFormatterTTL {
  // 4096 slots hold the vocabulary and the entities of the current notes; a miss costs one
  // formatting, as without the cache.
  private static final int SLOTS = 1 << 12;

  private final TextAWriter scratch = new TextAWriter();
  private final Node[] iris = new Node[SLOTS];
  private final String[] text = new String[SLOTS];
  private final byte[][] bytes = new byte[SLOTS][];
  // Per-slot values a writer derives from an IRI (BlockWriter: the predicate column width),
  // forgotten when the slot takes another IRI: -1 then.
  private final int[] derived = new int[SLOTS];

  /** As {@code new NodeFormatterTTL(null, prefixes, labels)}: no base. */
  CachingNodeFormatter(PrefixMap prefixes, NodeToLabel labels) {
    super(null, prefixes, labels);
  }

  /** Forgets every IRI: a new prefix can change how one is written. */
  void clear() {
    Arrays.fill(iris, null);
  }

  /** Prints {@code n} as {@link #format} does, the fast way. */
  void print(LineWriter out, Node n) {
    if (n.isURI()) {
      int slot = slot(n);
      out.print(text[slot], bytes[slot]);
    } else {
      super.format(scratch.reset(), n);
      out.print(scratch.chars(), scratch.length());
    }
  }

  /** The cache slot holding {@code iri}, formatted (and encoded) there first if need be. */
  int slot(Node iri) {
    int slot = iri.hashCode() & (SLOTS - 1);
    Node cached = iris[slot];
    if (cached != iri && (cached == null || !cached.equals(iri))) {
      super.format(scratch.reset(), iri);
      String s = scratch.toString();
      iris[slot] = iri;
      text[slot] = s;
      bytes[slot] = Utf8CharSink.encoded(s);
      derived[slot] = -1;
    }
    return slot;
  }

  /** The value derived from the IRI in {@code slot}, or -1 if none was kept since it came. */
  int derived(int slot) {
    return derived[slot];
  }

  void derive(int slot, int value) {
    derived[slot] = value;
  }

  @Override
  public void format(AWriter w, Node n) {
    if (w instanceof LineWriter lines) {
      print(lines, n);
    } else {
      super.format(w, n);
    }
  }
}
