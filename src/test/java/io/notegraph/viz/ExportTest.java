package io.notegraph.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportTest {
  private final GraphView view = Fixtures.sampleView();
  private final ViewModel model = view.viewModel();

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void graphmlParsesBackWithEveryNodeAndEdge() throws Exception {
    Document doc = parse(view.export(ExportFormat.GRAPHML));
    String ns = "http://graphml.graphdrawing.org/xmlns";
    assertThat(doc.getElementsByTagNameNS(ns, "node").getLength()).isEqualTo(model.nodes().size());
    assertThat(doc.getElementsByTagNameNS(ns, "edge").getLength()).isEqualTo(model.edges().size());
  }

  @Test
  void graphmlDeclaresTypeAndLabelKeys() throws Exception {
    Document doc = parse(view.export(ExportFormat.GRAPHML));
    NodeList keys = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "key");
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < keys.getLength(); i++)
      names.add(((Element) keys.item(i)).getAttribute("attr.name"));
    assertThat(names).contains("type", "label", "iri", "date", "kind");
  }

  @Test
  void gexfHasEveryNodeByIriWithItsType() throws Exception {
    Document doc = parse(view.export(ExportFormat.GEXF));
    String ns = doc.getDocumentElement().getNamespaceURI();
    assertThat(ns).contains("gexf.net");
    assertThat(doc.getElementsByTagNameNS(ns, "node").getLength()).isEqualTo(model.nodes().size());
    assertThat(doc.getElementsByTagNameNS(ns, "edge").getLength()).isEqualTo(model.edges().size());
    Element first = (Element) doc.getElementsByTagNameNS(ns, "node").item(0);
    assertThat(first.getAttribute("id")).isEqualTo(model.nodes().get(0).id());
    assertThat(first.getAttribute("label")).isEqualTo(model.nodes().get(0).label());
    NodeList values = first.getElementsByTagNameNS(ns, "attvalue");
    java.util.List<String> attvalues = new java.util.ArrayList<>();
    for (int i = 0; i < values.getLength(); i++)
      attvalues.add(((Element) values.item(i)).getAttribute("value"));
    assertThat(attvalues).contains(model.nodes().get(0).type().key());
  }

  @Test
  void xmlSurvivesQuotesAnglesAndControlCharacters() throws Exception {
    ViewNode odd =
        new ViewNode(
            "urn:x:1",
            NodeType.PERSON,
            "A \"<b>\" & \u0001 'c'",
            "",
            new java.util.TreeMap<>(),
            java.util.List.of());
    ViewModel tricky = new ViewModel(java.util.List.of(odd), java.util.List.of());
    for (ExportFormat f : new ExportFormat[] {ExportFormat.GRAPHML, ExportFormat.GEXF}) {
      java.io.StringWriter out = new java.io.StringWriter();
      f.writer().write(tricky, out);
      assertThat(out.toString()).doesNotContain("&#1;").contains("&lt;b&gt;");
      assertThat(parse(out.toString()).getDocumentElement()).isNotNull();
    }
  }

  @Test
  void dotEscapesQuotesAndColoursByType() {
    String dot = view.export(ExportFormat.DOT);
    assertThat(dot).startsWith("digraph notegraph {").endsWith("}\n");
    assertThat(dot)
        .contains(
            "\"https://w3id.org/notegraph/id/person/ada-lindqvist\" [ label=\"Ada Lindqvist\"",
            "fillcolor=\"" + NodeType.PERSON.colour() + "\"");
    assertThat(dot.lines().filter(l -> l.contains(" -> ")).count()).isEqualTo(model.edges().size());
    assertThat(DotWriter.quote("say \"hi\" \\ now")).isEqualTo("\"say \\\"hi\\\" \\\\ now\"");
  }
}
