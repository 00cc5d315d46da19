package io.notegraph.cli;

import io.notegraph.query.CatalogEntry;
import io.notegraph.query.QueryCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/** What {@code query NAME|FILE} names: a .rq file if one exists there, else a catalog entry. */
final class QueryTarget {
  private QueryTarget() {}

  static Query parse(String nameOrFile, QueryCatalog catalog) {
    String text;
    Path file = Path.of(nameOrFile);
    if (Files.isRegularFile(file)) {
      text = read(file);
    } else {
      text =
          catalog
              .find(nameOrFile)
              .map(CatalogEntry::sparql)
              .orElseThrow(
                  () ->
                      new UserError(
                          "no query or file named '" + nameOrFile + "' (see --list)",
                          ExitCodes.USAGE));
    }
    try {
      return QueryFactory.create(text);
    } catch (QueryParseException e) {
      throw new UserError(nameOrFile + ": " + e.getMessage());
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage());
    }
  }
}
