package io.notegraph.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;

/**
 * Sets the value of a variable declared by a {@code VALUES} block (inline or the query's trailing
 * one): every row of the block gets the variable bound to the given term, the block's other
 * variables keep their values. The variable itself stays, so GROUP BY, HAVING and FILTERs that
 * mention it keep working. Stateless.
 */
final class ValuesBinding {
  private ValuesBinding() {}

  /** Variables bound by some VALUES block of the query. */
  static Set<Var> declaredVars(Query query) {
    Set<Var> vars = new HashSet<>();
    if (query.hasValues()) vars.addAll(query.getValuesVariables());
    if (query.getQueryPattern() != null) {
      ElementWalker.walk(
          query.getQueryPattern(),
          new ElementVisitorBase() {
            @Override
            public void visit(ElementData el) {
              vars.addAll(el.getVars());
            }
          });
    }
    return vars;
  }

  /** A copy of the query whose VALUES blocks bind the given variables to the given terms. */
  static Query apply(Query query, Map<Var, Node> values) {
    Query copy = query.cloneQuery();
    if (copy.getQueryPattern() != null) {
      ElementTransform rebinding =
          new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData el) {
              return rebind(el, values);
            }
          };
      // The two-argument transform passes no expression transform down, and Jena 5.6 then
      // throws a NullPointerException on the first sub-SELECT with GROUP BY or a projected
      // expression (QueryTransformOps.transformVarExprList). This one also reaches the patterns
      // inside EXISTS / NOT EXISTS.
      Element pattern =
          ElementTransformer.transform(
              copy.getQueryPattern(), rebinding, new ExprTransformApplyElementTransform(rebinding));
      copy.setQueryPattern(pattern);
    }
    if (copy.hasValues()) {
      ElementData trailing = new ElementData(copy.getValuesVariables(), copy.getValuesData());
      ElementData bound = rebind(trailing, values);
      copy.setValuesDataBlock(bound.getVars(), bound.getRows());
    }
    return copy;
  }

  private static ElementData rebind(ElementData el, Map<Var, Node> values) {
    if (el.getVars().stream().noneMatch(values::containsKey)) return el;
    List<Binding> rows = new ArrayList<>();
    for (Binding row : el.getRows()) {
      BindingBuilder b = BindingBuilder.create();
      for (Var v : el.getVars()) {
        Node value = values.containsKey(v) ? values.get(v) : row.get(v);
        if (value != null) b.add(v, value);
      }
      rows.add(b.build());
    }
    return new ElementData(new ArrayList<>(el.getVars()), rows);
  }
}
