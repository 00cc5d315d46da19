package io.notegraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class ParametersTest {
  @Test
  void valuesAreTypedByTheirLook() {
    assertThat(Parameters.typed("2021-06-01").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdate);
    assertThat(Parameters.typed("42").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDinteger);
    assertThat(Parameters.typed("<https://example.org/x>").getURI())
        .isEqualTo("https://example.org/x");
    assertThat(Parameters.typed("Ada Quill").getLiteralLexicalForm()).isEqualTo("Ada Quill");
    assertThat(Parameters.typed("Ada Quill").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDstring);
  }

  @Test
  void relativeIriIsRefused() {
    assertThatThrownBy(() -> Parameters.typed("<x>")).hasMessageContaining("not an absolute IRI");
  }

  @Test
  void boundParameterBecomesATermAndQuotesCannotEscapeIt() {
    Query q = QueryFactory.create("SELECT ?s { ?s <urn:p> ?_name FILTER(?_name != \"\") }");

    Query bound = Parameters.bind(q, Map.of("name", "x\" } ; DROP ALL #"));

    assertThat(bound.serialize()).doesNotContain("?_name").contains("\"x\\\" } ; DROP ALL #\"");
    assertThat(bound.getResultVars()).containsExactly("s");
  }

  @Test
  void parameterNamesAreFoundInPatternsAndFilters() {
    Query q = QueryFactory.create("SELECT * { ?s <urn:p> ?_a FILTER(?x > $_b) }");

    assertThat(Parameters.parameterNames(q)).containsExactly("a", "b");
  }

  @Test
  void aValuesParameterBindsInAQueryWithAnAggregatingSubquery() {
    // The shape of the action-items and weakest-facts catalog queries: a parameter declared by a
    // VALUES block beside a sub-SELECT with GROUP BY / HAVING.
    Query q =
        QueryFactory.create(
            """
            SELECT ?s ?n WHERE {
              { VALUES ?_below { 0.8 } ?s <urn:c> ?c FILTER (?c < ?_below) BIND (0 AS ?n) }
              UNION
              { { SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s <urn:p> ?o } GROUP BY ?s
                  HAVING (COUNT(?o) = 1) } }
            }""");

    Query bound = Parameters.bind(q, Map.of("below", "0.5"));

    assertThat(bound.serialize())
        .contains("VALUES ?_below { \"0.5\" }")
        .contains("GROUP BY ?s")
        .contains("HAVING ( COUNT(?o) = 1 )");
  }
}
