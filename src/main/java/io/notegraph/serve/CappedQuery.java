package io.notegraph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query operation with a ceiling on the number of results: a query without LIMIT, or with
 * a larger one, runs as if it said {@code LIMIT max}. Fuseki has no such setting of its own.
 * Thread-safe (stateless apart from the fixed limit), as Fuseki requires of its actions.
 */
final class CappedQuery extends SPARQL_QueryDataset {
  private final long max;

  CappedQuery(long max) {
    this.max = max;
  }

  @Override
  protected Pair<DatasetGraph, Query> decideDataset(
      HttpAction action, Query query, String queryStringLog) {
    Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
    Query q = chosen.getRight() != null ? chosen.getRight() : query;
    if (q.hasLimit() && q.getLimit() <= max) return chosen;
    Query capped = q.cloneQuery();
    capped.setLimit(max);
    return Pair.create(chosen.getLeft(), capped);
  }
}
