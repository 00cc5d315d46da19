package io.notegraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

/** Typed literals in the one lexical form each, so output is byte-for-byte stable. */
public final class Lit {
  // xsd:dateTime: always seconds, at least four year digits and no '+' before a fifth (ISO
  // formatting writes "+10000-01-01T10:00-05:00", which is not a valid xsd:dateTime).
  private static final DateTimeFormatter DATE_TIME =
      new java.time.format.DateTimeFormatterBuilder()
          .appendValue(
              java.time.temporal.ChronoField.YEAR, 4, 10, java.time.format.SignStyle.NORMAL)
          .appendPattern("-MM-dd'T'HH:mm:ss")
          .appendOffset("+HH:MM", "Z")
          .toFormatter(java.util.Locale.ROOT);

  // Lines, positions and small offsets repeat in every note, and each literal node costs a
  // lexical-form parse (XSDDatatype.parse): building literals was a visible share of the streamed
  // write CPU (docs/BENCHMARKS.md). Nodes are immutable, so one shared node per small value is
  // safe.
  private static final int CACHED = 1024;
  private static final Node[] INTEGERS = new Node[CACHED];
  private static final Node[] NON_NEGATIVES = new Node[CACHED];

  static {
    for (int i = 0; i < CACHED; i++) {
      INTEGERS[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
      NON_NEGATIVES[i] =
          NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }
  }

  private Lit() {}

  public static Node str(String s) {
    return NodeFactory.createLiteralString(s);
  }

  public static Node integer(long n) {
    if (n >= 0 && n < CACHED) return INTEGERS[(int) n];
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  public static Node nonNegative(long n) {
    if (n >= 0 && n < CACHED) return NON_NEGATIVES[(int) n];
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
  }

  /** Rounded to 4 decimals so tiny model differences do not churn the output. */
  public static Node dbl(double d) {
    String lex = BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).toPlainString();
    return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdouble);
  }

  /** Seconds always written: "2021-06-01T11:03:00-04:00". */
  public static Node dateTime(OffsetDateTime t) {
    String lex = DATE_TIME.format(t.withNano(0));
    return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdateTime);
  }

  public static Node date(java.time.LocalDate d) {
    return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
  }

  /** "PT3M", "PT20M18S", "PT1H2M". */
  public static Node duration(Duration d) {
    return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDduration);
  }

  /** Whether a link from the notes is an absolute IRI we can write as a node. */
  static boolean isIri(String s) {
    try {
      return s.matches("(?i)(https?|ftp|file|mailto):.+")
          && !s.matches(".*[\\s<>\"{}|\\\\^`].*")
          && IRIs.check(s);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
