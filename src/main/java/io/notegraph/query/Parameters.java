package io.notegraph.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Binds catalog parameters: {@code --param since=2021-06-01} gives the variable {@code ?_since} a
 * value, syntactically (so no string splicing and no injection). Catalog queries declare a
 * parameter as {@code VALUES ?_since { UNDEF }} (queries/README.md); Jena's variable substitution
 * refuses a variable that a VALUES block binds ("Can not use ?_since in this query"), so such a
 * block gets its rows rewritten to the value instead. A parameter with no VALUES block is replaced
 * by the term everywhere ({@link QueryTransformOps}). Values are typed by their look: {@code
 * yyyy-mm-dd} is an {@code xsd:date}, digits an {@code xsd:integer}, {@code <iri>} an IRI, anything
 * else a plain string. A parameter left out stays a variable and matches anything. Stateless.
 */
public final class Parameters {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PARAM_VAR = Pattern.compile("[?$]_(\\w+)");
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

  private Parameters() {}

  /** The query with each {@code ?_name} replaced; unknown names are a user error. */
  public static Query bind(Query query, Map<String, String> values) {
    Set<String> known = parameterNames(query);
    Map<Var, Node> substitution = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
      if (!known.contains(e.getKey())) {
        throw new IllegalArgumentException(
            "unknown parameter '"
                + e.getKey()
                + "'; this query takes: "
                + (known.isEmpty() ? "none" : String.join(", ", known)));
      }
      substitution.put(Var.alloc("_" + e.getKey()), typed(e.getValue()));
    }
    if (substitution.isEmpty()) return query;
    Query withValues = ValuesBinding.apply(query, substitution);
    Set<Var> declared = ValuesBinding.declaredVars(query);
    Map<Var, Node> rest = new LinkedHashMap<>(substitution);
    rest.keySet().removeAll(declared);
    return rest.isEmpty() ? withValues : QueryTransformOps.transform(withValues, rest);
  }

  /** Names (without {@code ?_}) of the parameter variables the query mentions. */
  public static Set<String> parameterNames(Query query) {
    // Scanning the serialised query finds them anywhere: patterns, FILTERs, projections.
    Set<String> names = new TreeSet<>();
    Matcher m = PARAM_VAR.matcher(query.serialize());
    while (m.find()) names.add(m.group(1));
    return names;
  }

  static Node typed(String value) {
    if (DATE.matcher(value).matches())
      return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
    if (INTEGER.matcher(value).matches()) {
      return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
    }
    if (value.length() > 2 && value.startsWith("<") && value.endsWith(">")) {
      String iri = value.substring(1, value.length() - 1);
      if (!iri.contains(":")) throw new IllegalArgumentException("not an absolute IRI: " + value);
      return NodeFactory.createURI(iri);
    }
    return NodeFactory.createLiteralString(value);
  }
}
