package io.notegraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One catalog question: a {@code queries/NAME.rq} file with its header comments ({@code # title:},
 * {@code # question:}, {@code # param: name — meaning}). Immutable, so thread-safe.
 */
public record CatalogEntry(
    String name, String title, String question, List<Param> params, String sparql) {

  /** A parameter, written {@code ?_name} in the query. */
  public record Param(String name, String meaning) {
    public Param {
      Objects.requireNonNull(name);
      Objects.requireNonNull(meaning);
    }
  }

  public CatalogEntry {
    Objects.requireNonNull(name);
    Objects.requireNonNull(sparql);
    title = title == null ? "" : title;
    question = question == null ? "" : question;
    params = List.copyOf(params);
  }

  /** Reads the header comments of a query file. */
  public static CatalogEntry parse(String name, String sparql) {
    String title = null;
    String question = null;
    List<Param> params = new ArrayList<>();
    for (String line : sparql.split("\n", -1)) {
      String t = line.strip();
      if (!t.startsWith("#")) continue;
      String body = t.substring(1).strip();
      if (body.startsWith("title:")) {
        title = body.substring("title:".length()).strip();
      } else if (body.startsWith("question:")) {
        question = body.substring("question:".length()).strip();
      } else if (body.startsWith("param:")) {
        params.add(param(body.substring("param:".length()).strip()));
      }
    }
    return new CatalogEntry(name, title, question, params, sparql);
  }

  /** {@code "since — first date"}; the separator may be an em dash, "--", "-" or ":". */
  private static Param param(String text) {
    String[] parts = text.split("\\s*(—|--|-|:)\\s*", 2);
    String name = parts[0].strip().replaceFirst("^\\?_?", "");
    return new Param(name, parts.length > 1 ? parts[1].strip() : "");
  }
}
