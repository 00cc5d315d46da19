package io.notegraph.viz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Runs the SELECT queries in {@code /viz/*.rq} and hands back rows of plain strings (IRIs as text,
 * literals as their lexical form), so the assembly code never touches Jena types.
 */
final class ViewQueries {
  private final Model model;

  ViewQueries(Model model) {
    this.model = model;
  }

  /** Rows of {@code /viz/{name}.rq}; unbound variables are absent from a row. */
  List<Map<String, String>> select(String name) {
    Query query = QueryFactory.create(load(name));
    List<Map<String, String>> rows = new ArrayList<>();
    try (QueryExecution exec = QueryExecution.model(model).query(query).build()) {
      ResultSet results = exec.execSelect();
      while (results.hasNext()) {
        QuerySolution solution = results.next();
        Map<String, String> row = new TreeMap<>();
        for (String var : results.getResultVars()) {
          RDFNode node = solution.get(var);
          if (node != null) row.put(var, text(node));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static String text(RDFNode node) {
    if (node.isURIResource()) return node.asResource().getURI();
    if (node.isLiteral()) return node.asLiteral().getLexicalForm();
    return node.toString(); // blank nodes break the contract; show something rather than fail
  }

  static String load(String name) {
    String path = "/viz/" + name + ".rq";
    try (InputStream in = ViewQueries.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing query resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
