package io.notegraph.parse;

/**
 * A bullet or numbered item inside an agenda section (feature lists, discussion points).
 *
 * @param text the item's own text, Markdown stripped, without nested items
 * @param depth 0 for a top-level item, 1 for one nested in it, ...
 * @param label the text of the closest paragraph or item before the list that ends with ':'
 *     ("Features:", "Remaining obstacles"), or null
 */
public record ListItem(String text, int depth, String label, SourceRange range) {}
