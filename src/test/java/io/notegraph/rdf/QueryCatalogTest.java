package io.notegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every query of the catalog runs on the contract example, and the main ones give the rows a reader
 * of that example expects. Parameters follow queries/README.md.
 */
class QueryCatalogTest {
  static final Path QUERIES = Path.of("queries");
  static final String BASE = "https://w3id.org/notegraph/id/";
  static final Pattern HEADER =
      Pattern.compile("\\A# title: .+\\n# question: .+\\n(# param: \\w+ — .+\\n)*\\n");
  static Graph example;

  @BeforeAll
  static void load() {
    example = GraphFactory.createDefaultGraph();
    RDFDataMgr.read(example, "rdf/contract-example.ttl");
  }

  @TestFactory
  Stream<DynamicTest> everyQueryHasAHeaderAndRuns() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(QUERIES)) {
      files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(14);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String text = Files.readString(file, StandardCharsets.UTF_8);
                      assertThat(text).containsPattern(HEADER);
                      for (String param : params(text)) {
                        assertThat(text).contains("VALUES ?_" + param + " {");
                      }
                      assertThat(run(text)).isNotEmpty();
                    }));
  }

  @Test
  void presentersGivesEachPresenterWithTitleOffsetAndSlidesInOrder() {
    String[] columns = {"date", "position", "name", "title", "offset", "slides"};
    assertThat(rows("presenters", Map.of(), columns))
        .containsExactly(
            "2024-03-05 | 1 | Marisol Okafor | General Announcements |  | ",
            "2024-03-05 | 2 | Teodor Lindqvist | Podman v5.1.0-rc2 Release Update | PT3M | ",
            "2024-03-05 | 3 | Aylin Demir | Rootless Builds with Buildah on Fedora CoreOS | PT9M15S"
                + " | https://example.org/notegraph-samples/2024-03-05/rootless-buildah-fcos.pdf",
            "2024-03-05 | 3 | Kenji Halvorsen | Rootless Builds with Buildah on Fedora CoreOS"
                + " | PT9M15S"
                + " | https://example.org/notegraph-samples/2024-03-05/rootless-buildah-fcos.pdf",
            "2024-03-21 | 1 | Wen Zhao | Podman Desktop extension API | PT1M30S | ");
  }

  @Test
  void attendeesOfOneMeetingByDate() {
    assertThat(rows("attendees", Map.of("meeting", "2024-03-21"), "series", "name"))
        .containsExactly(
            "Podman Community Cabal Meeting | Hana Novotná",
            "Podman Community Cabal Meeting | Marisol Okafor",
            "Podman Community Cabal Meeting | Teodor Lindqvist",
            "Podman Community Cabal Meeting | Wen Zhao");
    assertThat(rows("attendees", Map.of(), "name")).hasSize(10);
  }

  @Test
  void attendanceRankingCountsDistinctMeetings() {
    assertThat(rows("attendance-ranking", Map.of(), "name", "meetings"))
        .containsExactly(
            "Hana Novotná | 2",
            "Marisol Okafor | 2",
            "Teodor Lindqvist | 2",
            "Aylin Demir | 1",
            "Greta Albrecht | 1",
            "Kenji Halvorsen | 1",
            "Wen Zhao | 1");
  }

  @Test
  void returningAttendeesHonoursTheMinimum() {
    assertThat(rows("returning-attendees", Map.of(), "name")).isEmpty();
    assertThat(rows("returning-attendees", Map.of("min", "2"), "name", "meetings"))
        .containsExactly("Hana Novotná | 2", "Marisol Okafor | 2", "Teodor Lindqvist | 2");
  }

  @Test
  void meetingsByProjectMatchesAliasesCaseInsensitively() {
    assertThat(rows("meetings-by-project", Map.of("project", "PODMAN"), "date", "sections"))
        .containsExactly("2024-03-05 | 2", "2024-03-21 | 0");
    assertThat(rows("meetings-by-project", Map.of("project", "buildah"), "projectName", "date"))
        .containsExactly("Buildah | 2024-03-05");
  }

  @Test
  void meetingSummaryHasOneRowPerMeeting() {
    assertThat(
            rows(
                "meeting-summary",
                Map.of(),
                "date",
                "series",
                "attendees",
                "declared",
                "sections",
                "start",
                "end"))
        .containsExactly(
            "2024-03-05 | Podman Community Meeting | 6 | 17 | 4 | 2024-03-05T11:04:00-05:00"
                + " | 2024-03-05T11:58:00-05:00",
            "2024-03-21 | Podman Community Cabal Meeting | 4 |  | 1 | 2024-03-21T11:02:00-04:00"
                + " | 2024-03-21T11:51:00-04:00");
  }

  @Test
  void releasesAndFeaturesDefaultsToPodman() {
    assertThat(rows("releases-and-features", Map.of(), "revision", "feature"))
        .containsExactly(
            "5.1.0-rc2 | Quadlet understands .build units",
            "5.1.0-rc2 | podman machine init grew a --provider flag");
    assertThat(rows("releases-and-features", Map.of("project", "Buildah"), "revision")).isEmpty();
  }

  @Test
  void unresolvedMentionsListsOnlyMentionsWithoutAnEntity() {
    assertThat(rows("unresolved-mentions", Map.of(), "anchor", "class", "line", "finder"))
        .containsExactly(
            "Kelpie | https://schema.org/Organization | 2 | pattern",
            "podman run --userns=auto | https://w3id.org/notegraph/ontology#Command | 2 | pattern");
  }

  @Test
  void nextTopicsShowProposerAndTheMeetingTheyAreFor() {
    assertThat(rows("next-topics", Map.of(), "date", "name", "proposers", "for"))
        .containsExactly(
            "2024-03-05 | Podman Desktop 1.9 highlights | Wen Zhao"
                + " | meeting/podman-community-meeting/2024-04-02");
  }

  @Test
  void whoTalksAboutWhatCountsSectionsPerProject() {
    assertThat(rows("who-talks-about-what", Map.of(), "name", "projectName", "sections"))
        .containsExactly(
            "Aylin Demir | Buildah | 1",
            "Aylin Demir | Podman | 1",
            "Kenji Halvorsen | Buildah | 1",
            "Kenji Halvorsen | Podman | 1",
            "Teodor Lindqvist | Podman | 1",
            "Wen Zhao | Podman Desktop | 1");
  }

  @Test
  void actionItemsListEachAgentWithTaskAndStatus() {
    String[] columns = {"date", "name", "task", "status"};
    assertThat(rows("action-items", Map.of(), columns))
        .containsExactly(
            "2024-03-21 | Wen Zhao | Wen to write up the extension API proposal | open",
            "2024-03-21 | Hana Novotná | publish the sample images | done",
            "2024-03-21 | Teodor Lindqvist | publish the sample images | done");
    assertThat(rows("action-items", Map.of("person", "wen zhao"), columns)).hasSize(1);
    assertThat(rows("action-items", Map.of("meeting", "2024-03-05"), columns)).isEmpty();
  }

  @Test
  void smallerQuestionsGiveTheExampleFacts() {
    assertThat(rows("affiliations", Map.of(), "name", "organizationName"))
        .containsExactly("Kenji Halvorsen | Kelpie Labs", "Marisol Okafor | Red Hat");
    assertThat(rows("chat-activity", Map.of(), "name", "messages"))
        .containsExactly("Hana Novotná | 1", "Teodor Lindqvist | 1");
    assertThat(rows("projects-over-time", Map.of(), "projectName", "month", "mentions"))
        .containsExactly("Podman | 2024-03 | 1");
    assertThat(rows("first-last-attendance", Map.of(), "name", "first", "last"))
        .contains("Hana Novotná | 2024-03-05 | 2024-03-21", "Wen Zhao | 2024-03-21 | 2024-03-21");
    assertThat(rows("talks-per-person", Map.of(), "name", "talks"))
        .first()
        .isEqualTo("Aylin Demir | 1");
    assertThat(rows("demos", Map.of(), "title", "offset"))
        .containsExactly("Rootless Builds with Buildah on Fedora CoreOS | PT12M40S");
    assertThat(rows("questions", Map.of(), "askerName", "answer"))
        .containsExactly(
            "Greta Albrecht | It is being discussed for Podman 6 but nothing is decided.");
  }

  // ---------------------------------------------------------------- helpers

  /** Runs a catalog query with parameters and renders the chosen columns, " | " separated. */
  static List<String> rows(String name, Map<String, String> params, String... columns) {
    String text;
    try {
      text = Files.readString(QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    for (Map.Entry<String, String> p : params.entrySet()) {
      text = bind(text, p.getKey(), p.getValue());
    }
    List<String> out = new ArrayList<>();
    try (QueryExec exec = QueryExec.graph(example).query(parse(text)).build()) {
      exec.select()
          .forEachRemaining(
              row -> {
                List<String> cells = new ArrayList<>();
                for (String c : columns) cells.add(render(row.get(c)));
                out.add(String.join(" | ", cells));
              });
    }
    return out;
  }

  /** The runner's convention: the value replaces the braces' content of `VALUES ?_name {…}`. */
  static String bind(String query, String name, String value) {
    Pattern line = Pattern.compile("VALUES \\?_" + name + " \\{[^}]*\\}");
    Matcher m = line.matcher(query);
    assertThat(m.find()).as("parameter %s declared", name).isTrue();
    String literal = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return m.replaceFirst(Matcher.quoteReplacement("VALUES ?_" + name + " { " + literal + " }"));
  }

  static List<String> params(String query) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^# param: (\\w+) ").matcher(query);
    while (m.find()) names.add(m.group(1));
    return names;
  }

  static Query parse(String text) {
    return QueryFactory.create(text);
  }

  static List<String> run(String text) {
    List<String> vars = new ArrayList<>();
    try (QueryExec exec = QueryExec.graph(example).query(parse(text)).build()) {
      RowSet rows = exec.select();
      vars.addAll(rows.getResultVars().stream().map(v -> v.getVarName()).toList());
      rows.forEachRemaining(r -> {});
    }
    return vars;
  }

  static String render(Node node) {
    if (node == null) return "";
    if (node.isLiteral()) return node.getLiteralLexicalForm();
    String iri = node.getURI();
    return iri.startsWith(BASE) ? iri.substring(BASE.length()) : iri;
  }
}
