package io.notegraph.write;

import static org.apache.jena.riot.writer.WriterConst.GDFT_BRACE;
import static org.apache.jena.riot.writer.WriterConst.INDENT_GDFT;
import static org.apache.jena.riot.writer.WriterConst.INDENT_GNMD;
import static org.apache.jena.riot.writer.WriterConst.NL_GDFT_END;
import static org.apache.jena.riot.writer.WriterConst.NL_GDFT_START;
import static org.apache.jena.riot.writer.WriterConst.NL_GNMD_END;
import static org.apache.jena.riot.writer.WriterConst.NL_GNMD_START;

import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.writer.TurtleShell;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's pretty Turtle and TriG writers ({@code RDFFormat.TURTLE_PRETTY}, {@code TRIG_PRETTY}: its
 * own {@link TurtleShell}, so grouping, nesting, ordering and layout are Jena's) with the plumbing
 * of {@link BlockWriter}: they print through a {@link LineWriter} into an {@link Utf8CharSink},
 * format nodes through a {@link CachingNodeFormatter}, and abbreviate (and measure the predicate
 * column) through a {@link NamespaceGuardPrefixMap}. Jena's writers print char by char and scan
 * every namespace for each minted IRI, about half of their CPU for our graphs. The bytes are those
 * of {@code RDFWriter.source(graph).format(TURTLE_PRETTY).output(writer)} (pinned by {@code
 * PrettyBytesTest}). Stateless; each call uses its own writer.
 *
 * <p>The two {@code write} bodies below are those of Jena 5.6.0's {@code TurtleWriter} and {@code
 * TriGWriter} (Apache License 2.0), copied because their shells are private classes.
 */
final class PrettyWriter {
  private PrettyWriter() {}

  /** Writes {@code graph} as pretty Turtle into {@code sink} (then {@code finish()} the sink). */
  static void turtle(Graph graph, Utf8CharSink sink) {
    LineWriter out = new LineWriter(sink);
    new Turtle(out, PrefixMapFactory.createForOutput(graph.getPrefixMapping())).write(graph);
    out.flush();
  }

  /** Writes {@code dataset} as pretty TriG into {@code sink} (then {@code finish()} the sink). */
  static void trig(DatasetGraph dataset, Utf8CharSink sink) {
    LineWriter out = new LineWriter(sink);
    new TriG(out, PrefixMapFactory.createForOutput(dataset.prefixes())).write(dataset);
    out.flush();
  }

  /** A shell over the guard map, formatting through the cache; as RDFWriter's: no base. */
  private abstract static class Shell extends TurtleShell {
    Shell(LineWriter out, NamespaceGuardPrefixMap prefixes, Context context) {
      super(out, prefixes, null, formatter(prefixes, context), context);
    }

    /** Jena's formatter for this context, cached when it is the plain Turtle one. */
    private static NodeFormatter formatter(PrefixMap prefixes, Context context) {
      NodeFormatter jena = TurtleShell.createNodeFormatter(prefixes, null, context);
      return jena.getClass() == NodeFormatterTTL.class
          ? new CachingNodeFormatter(prefixes, NodeToLabel.createScopeByDocument())
          : jena;
    }

    // The same context RDFWriter gives its writers.
    static Context context() {
      return RIOT.getContext().copy();
    }
  }

  private static final class Turtle extends Shell {
    Turtle(LineWriter out, PrefixMap prefixes) {
      super(out, new NamespaceGuardPrefixMap(prefixes), context());
    }

    void write(Graph graph) {
      writeBase(baseURI);
      writePrefixes(prefixMap);
      if ((baseURI != null || !prefixMap.isEmpty()) && !graph.isEmpty()) out.println();
      writeGraphTTL(graph);
    }
  }

  private static final class TriG extends Shell {
    TriG(LineWriter out, PrefixMap prefixes) {
      super(out, new NamespaceGuardPrefixMap(prefixes), context());
    }

    void write(DatasetGraph dsg) {
      writeBase(baseURI);
      writePrefixes(prefixMap);
      if (!prefixMap.isEmpty() && !dsg.isEmpty()) out.println();
      Set<Node> graphNames = Iter.toSet(dsg.listGraphNodes());
      boolean anyGraphOutput = writeGraphTriG(dsg, null, graphNames);
      for (Node gn : graphNames) {
        if (anyGraphOutput) out.println();
        anyGraphOutput |= writeGraphTriG(dsg, gn, graphNames);
      }
    }

    /** True if anything was written. */
    private boolean writeGraphTriG(DatasetGraph dsg, Node name, Set<Node> graphNames) {
      boolean dftGraph = name == Quad.tripleInQuad || Quad.isDefaultGraph(name);
      if (dftGraph && dsg.getDefaultGraph().isEmpty()) return false;
      if (dftGraph && !GDFT_BRACE) {
        writeGraphTTL(dsg, name, graphNames);
        return true;
      }
      boolean nlStart = dftGraph ? NL_GDFT_START : NL_GNMD_START;
      boolean nlEnd = dftGraph ? NL_GDFT_END : NL_GNMD_END;
      int indentGraph = dftGraph ? INDENT_GDFT : INDENT_GNMD;
      if (!dftGraph) {
        writeNode(name);
        out.print(" ");
      }
      out.print("{");
      if (nlStart) out.println();
      else out.print(" ");
      out.incIndent(indentGraph);
      writeGraphTTL(dsg, name, graphNames);
      out.decIndent(indentGraph);
      if (nlEnd) out.ensureStartOfLine();
      out.println("}");
      return true;
    }
  }
}
