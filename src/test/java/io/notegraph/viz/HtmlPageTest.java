package io.notegraph.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
  private final String html = Fixtures.sampleView().html();

  @Test
  void pageIsSelfContained() {
    assertThat(html)
        .doesNotContainPattern("<script[^>]+src=")
        .doesNotContainPattern("<link[^>]+href=");
    assertThat(html)
        .contains("cytoscape")
        .contains("\"nodes\":[")
        .doesNotContainPattern("\\{\\{[A-Z_]+}}");
  }

  @Test
  void dataCannotCloseItsScriptElement() {
    assertThat(Json.write(Map.of("x", "</script><b>&")))
        .isEqualTo("{\"x\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"}");
  }

  @Test
  void jsonKeysAreSorted() {
    assertThat(Json.write(Map.of("b", 1, "a", List.of(true, "q"))))
        .isEqualTo("{\"a\":[true,\"q\"],\"b\":1}");
  }

  @Test
  void slotsAreFilledOnceWithoutLookingInsideValues() {
    assertThat(HtmlPage.fill("<{{A}}|{{B}}>", Map.of("A", "{{B}}", "B", "b")))
        .isEqualTo("<{{B}}|b>");
  }

  @Test
  void titleIsEscaped() {
    String page = GraphView.builder().title("R&D <notes>").build(Fixtures.sample()).html();
    assertThat(page).contains("<title>R&amp;D &lt;notes&gt;</title>");
  }
}
