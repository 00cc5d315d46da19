package io.notegraph.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * How much query a client may send: a ceiling on the text, checked before parsing, and one on its
 * terms (expression nodes, triple patterns, VALUES cells), checked after parsing and before ARQ's
 * optimiser sees it. The optimiser cannot be interrupted and is worse than linear in the size of an
 * expression: a very long {@code IN} list outlasts any timeout in the optimiser alone (see
 * docs/BENCHMARKS.md). Immutable and thread-safe.
 */
record QueryBudget(long maxChars, int maxTerms) {
  static final long DEFAULT_MAX_CHARS = 256 * 1024;
  static final int DEFAULT_MAX_TERMS = 10_000;

  /** Why this text is refused, or null. */
  String refusalForText(String text) {
    if (text != null && text.length() > maxChars) {
      return "query text of "
          + text.length()
          + " characters is over this server's limit of "
          + maxChars;
    }
    return null;
  }

  /** Why this parsed query is refused, or null. */
  String refusalFor(Query query) {
    long terms = terms(query, maxTerms);
    return terms > maxTerms
        ? "query has more than " + maxTerms + " terms (expressions, patterns, VALUES cells)"
        : null;
  }

  /** Terms of {@code query}, counted until {@code stopAbove} is passed. */
  private static long terms(Query query, long stopAbove) {
    Counter c = new Counter(stopAbove);
    c.query(query);
    return c.total;
  }

  private static final class Counter extends ElementVisitorBase {
    private final long stopAbove;
    private long total;

    Counter(long stopAbove) {
      this.stopAbove = stopAbove;
    }

    void query(Query q) {
      if (q.getValuesData() != null) {
        total += (long) q.getValuesData().size() * Math.max(1, q.getValuesVariables().size());
      }
      if (q.hasGroupBy()) q.getGroupBy().getExprs().values().forEach(this::expr);
      if (q.hasHaving()) q.getHavingExprs().forEach(this::expr);
      if (q.hasOrderBy()) q.getOrderBy().forEach(sc -> expr(sc.getExpression()));
      q.getProject().getExprs().values().forEach(this::expr);
      Element pattern = q.getQueryPattern();
      if (pattern != null && total <= stopAbove) ElementWalker.walk(pattern, this);
    }

    @Override
    public void visit(ElementFilter el) {
      expr(el.getExpr());
    }

    @Override
    public void visit(ElementBind el) {
      expr(el.getExpr());
    }

    @Override
    public void visit(ElementData el) {
      total += (long) el.getRows().size() * Math.max(1, el.getVars().size());
    }

    @Override
    public void visit(ElementPathBlock el) {
      total += el.getPattern().size();
    }

    @Override
    public void visit(ElementSubQuery el) {
      query(el.getQuery());
    }

    /** Iterative: a deeply nested expression must not overflow the stack here. */
    private void expr(Expr root) {
      Deque<Expr> todo = new ArrayDeque<>();
      todo.push(root);
      while (!todo.isEmpty() && total <= stopAbove) {
        Expr e = todo.pop();
        total++;
        if (e instanceof ExprAggregator) continue;
        if (e.isFunction()) e.getFunction().getArgs().forEach(todo::push);
      }
    }
  }
}
