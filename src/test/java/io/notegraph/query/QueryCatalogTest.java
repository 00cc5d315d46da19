package io.notegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryCatalogTest {
  @Test
  void headerCommentsGiveTitleQuestionAndParameters() {
    CatalogEntry e = QueryCatalog.onClasspath().find("fixture-meetings-since").orElseThrow();

    assertThat(e.title()).isEqualTo("Meetings since a date");
    assertThat(e.question()).startsWith("Which meetings took place");
    assertThat(e.params())
        .containsExactly(
            new CatalogEntry.Param("since", "first date, yyyy-mm-dd"),
            new CatalogEntry.Param("name", "a presenter's canonical name (optional)"));
  }

  @Test
  void entriesAreSortedByName() {
    assertThat(QueryCatalog.onClasspath().entries())
        .extracting(CatalogEntry::name)
        .containsSubsequence("fixture-meetings-since", "fixture-people", "fixture-presenters");
  }
}
