package io.notegraph.query;

/** How {@link QueryRunner} writes results. */
public enum ResultFormat {
  /** An aligned table (graphs as Turtle). */
  TEXT,
  CSV,
  TSV,
  /** SPARQL results JSON (graphs as JSON-LD). */
  JSON
}
