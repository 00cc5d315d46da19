package io.notegraph.ingest;

/**
 * One repair ingest made to a document's text, reported so the user can fix the source.
 *
 * @param line 1-based line in the repaired text
 * @param original the text as it was in the file, e.g. {@code Bj√∂rklund}
 * @param repaired what it became, e.g. {@code Björklund}
 * @param reason e.g. "UTF-8 read as Mac Roman"
 */
public record TextRepair(int line, String original, String repaired, String reason) {}
