package io.notegraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * Content hash of a graph: SHA-256 of its sorted N-Triples lines. The graph contract forbids blank
 * nodes, so this is a cheap, exact stand-in for isomorphism.
 *
 * <p>TDB2 stores numbers, dates and booleans inline by value and hands them back in canonical form
 * ({@code "01"^^xsd:integer} comes back as {@code "1"}), so literals are canonicalised the same way
 * before hashing; otherwise an unchanged input could look changed forever. Stateless.
 */
final class GraphHash {
  private GraphHash() {}

  static String of(Iterator<Triple> triples) {
    List<String> lines = new ArrayList<>();
    triples.forEachRemaining(t -> lines.add(line(t)));
    lines.sort(null);
    MessageDigest sha = sha256();
    for (String line : lines) {
      sha.update(line.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String line(Triple t) {
    return NodeFmtLib.strNT(t.getSubject())
        + ' '
        + NodeFmtLib.strNT(t.getPredicate())
        + ' '
        + NodeFmtLib.strNT(canonical(t.getObject()))
        + " .";
  }

  /** The node as TDB2 would give it back after storing it. */
  static Node canonical(Node n) {
    if (!n.isLiteral()) return n;
    NodeId id = NodeIdInline.inline(n);
    return id == null ? n : NodeIdInline.extract(id);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
