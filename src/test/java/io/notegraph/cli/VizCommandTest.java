package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VizCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private static String sample() throws Exception {
    return Path.of(VizCommandTest.class.getResource("/viz/sample.trig").toURI()).toString();
  }

  @Test
  void vizWritesThePageAndPrintsCounts() throws Exception {
    Path html = dir.resolve("sub/graph.html");
    assertThat(run("viz", sample(), "-o", html.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isEqualTo(html + ": 29 nodes, 69 edges\n");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    try (var files = Files.list(html.getParent())) {
      assertThat(files).containsExactly(html); // no temporary file left behind
    }
  }

  @Test
  void missingInputIsAUserError() {
    assertThat(
            run("viz", dir.resolve("none.trig").toString(), "-o", dir.resolve("g.html").toString()))
        .isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).contains("no such file").doesNotContain("Exception");
  }

  @Test
  void exportWritesEachFormat() throws Exception {
    Path gexf = dir.resolve("g.gexf");
    assertThat(run("export", "--format", "gexf", sample(), "-o", gexf.toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isEqualTo(gexf + ": 29 nodes, 69 edges\n");
    assertThat(
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(gexf.toFile())
                .getElementsByTagName("node")
                .getLength())
        .isEqualTo(29);
    Path dot = dir.resolve("g.dot");
    assertThat(run("export", "-f", "DOT", sample(), "-o", dot.toString())).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(dot)).startsWith("digraph notegraph {");
  }

  @Test
  void exportRejectsAnUnknownFormat() throws Exception {
    assertThat(run("export", "--format", "svg", sample())).isEqualTo(ExitCodes.USAGE);
  }
}
