package io.notegraph.cli;

import io.notegraph.query.CatalogEntry;
import io.notegraph.query.QueryCatalog;
import java.util.Iterator;

/**
 * The catalog's query names, for picocli: shell completion of {@code notegraph query <TAB>} and the
 * candidates listed in its help.
 */
public final class CatalogNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return QueryCatalog.onClasspath().entries().stream()
        .map(CatalogEntry::name)
        .filter(n -> !n.startsWith("fixture-"))
        .iterator();
  }
}
