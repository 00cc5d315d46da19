package io.notegraph.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's query operation with bounds on one request's work:
 *
 * <ul>
 *   <li>a ceiling on the number of results: a query without LIMIT, or with a larger one, runs as if
 *       it said {@code LIMIT max}; a SELECT that had more answers says so in the {@value
 *       #TRUNCATED} response header (Fuseki has no such setting of its own);
 *   <li>a {@link QueryBudget}: over-long text gets 413 before it is parsed, too many terms 400
 *       before the optimiser runs;
 *   <li>every execution is registered in {@link RunningQueries} so that stopping the server can
 *       abort it;
 *   <li>on a read-only server, bounded SELECT answers are kept in a {@link ResultCache} and a
 *       repeated request is answered with the bytes written for the first one ({@link
 *       KeptReplies}).
 * </ul>
 *
 * A capped SELECT is read to the end before the first byte is sent, inside the query timeout, so a
 * timeout is a clean 503 rather than a response cut mid-stream. Thread-safe (fixed settings plus a
 * concurrent registry), as Fuseki requires of its actions.
 */
final class CappedQuery extends SPARQL_QueryDataset {
  /** Response header on a SELECT cut at the result limit; its value is the limit. */
  static final String TRUNCATED = "Notegraph-Truncated";

  private static final String CAPPED = CappedQuery.class.getName() + ".capped";
  private static final String TEXT = CappedQuery.class.getName() + ".text";
  private static final String KEPT = CappedQuery.class.getName() + ".kept";

  private final long max;
  private final QueryBudget budget;
  private final RunningQueries running;
  private final ResultCache cache;

  /** {@code cache} null: every query is evaluated (a writable store). */
  CappedQuery(long max, QueryBudget budget, RunningQueries running, ResultCache cache) {
    this.max = max;
    this.budget = budget;
    this.running = running;
    this.cache = cache;
  }

  @Override
  protected void execute(String queryString, HttpAction action) {
    String refusal = budget.refusalForText(queryString);
    if (refusal != null) ServletOps.error(413, refusal);
    action.getRequest().setAttribute(TEXT, queryString);
    if (answeredFromCache(action)) return;
    try {
      super.execute(queryString, action);
    } finally {
      running.finished();
    }
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    String refusal = budget.refusalFor(query);
    if (refusal != null) ServletOps.errorBadRequest(refusal);
  }

  @Override
  protected Pair<DatasetGraph, Query> decideDataset(
      HttpAction action, Query query, String queryStringLog) {
    Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
    Query q = chosen.getRight() != null ? chosen.getRight() : query;
    if (max <= 0 || (q.hasLimit() && q.getLimit() <= max)) return chosen;
    Query capped = q.cloneQuery();
    // One more than allowed: whether it comes tells a cut result from one that fits.
    capped.setLimit(q.isSelectType() ? max + 1 : max);
    action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
    return Pair.create(chosen.getLeft(), capped);
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    QueryExec exec = super.createQueryExec(action, query, dataset);
    running.started(exec);
    return exec;
  }

  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec exec, Query requestQuery, String queryStringLog) {
    boolean capped = action.getRequest().getAttribute(CAPPED) != null;
    boolean bounded = capped || requestQuery.hasLimit();
    String key = cache != null && bounded ? key(action) : null;
    if (!requestQuery.isSelectType() || (!capped && key == null)) {
      return super.executeQuery(action, exec, requestQuery, queryStringLog);
    }
    ResultCache.Answer answer =
        key == null
            ? evaluate(exec, capped, requestQuery)
            : cache.answer(key, () -> evaluate(exec, capped, requestQuery));
    if (answer.truncated()) action.setResponseHeader(TRUNCATED, Long.toString(max));
    if (key != null) action.getRequest().setAttribute(KEPT, answer);
    return new QueryExecResult(RowSetStream.create(answer.vars(), answer.rows().iterator()));
  }

  @Override
  protected void sendResults(HttpAction action, QueryExecResult result, Prologue qPrologue) {
    Object kept = action.getRequest().getAttribute(KEPT);
    if (kept instanceof ResultCache.Answer answer) {
      KeptReplies.send(action, key(action), answer, cache);
    } else {
      super.sendResults(action, result, qPrologue);
    }
  }

  /**
   * A query asked before is answered before it is parsed, compiled and optimised again: with the
   * answer kept, those steps were most of what a request still cost (16 clients over the catalog).
   * Only SELECT answers are kept, each under the exact text and dataset parameters it was asked
   * with, so the kept rows are what evaluating it again would give.
   */
  private boolean answeredFromCache(HttpAction action) {
    if (cache == null) return false;
    String key = key(action);
    ResultCache.Answer answer = cache.get(key);
    if (answer == null) return false;
    if (answer.truncated()) action.setResponseHeader(TRUNCATED, Long.toString(max));
    KeptReplies.send(action, key, answer, cache);
    return true;
  }

  /** Reads a SELECT to the end (inside its timeout), keeping at most {@code max} rows if capped. */
  private ResultCache.Answer evaluate(QueryExec exec, boolean capped, Query query) {
    RowSet rows = exec.select();
    List<Binding> kept = new ArrayList<>();
    boolean truncated = false;
    while (rows.hasNext()) {
      Binding b = rows.next();
      if (capped && kept.size() == max) {
        truncated = true;
        break;
      }
      kept.add(b);
    }
    return new ResultCache.Answer(rows.getResultVars(), kept, truncated, query.copy());
  }

  /** The query text and the protocol parameters that choose the dataset. */
  private static String key(HttpAction action) {
    StringBuilder k = new StringBuilder((String) action.getRequest().getAttribute(TEXT));
    for (String p : new String[] {"default-graph-uri", "named-graph-uri"}) {
      String[] values = action.getRequest().getParameterValues(p);
      if (values != null) {
        for (String v : values) k.append('\u0000').append(p).append('=').append(v);
      }
    }
    return k.toString();
  }
}
