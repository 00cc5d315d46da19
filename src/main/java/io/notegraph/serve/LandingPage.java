package io.notegraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A plain page at {@code /} listing the endpoints, served when the Fuseki UI is switched off or its
 * files are not on the classpath. Thread-safe: immutable.
 */
final class LandingPage extends HttpServlet {
  private final List<String> endpoints;

  LandingPage(List<String> endpoints) {
    this.endpoints = List.copyOf(endpoints);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
    html.append("<title>notegraph</title></head><body><h1>notegraph SPARQL endpoints</h1><ul>");
    for (String path : endpoints) {
      html.append("<li><code>").append(path).append("</code></li>");
    }
    html.append("</ul></body></html>\n");
    resp.setContentType("text/html;charset=utf-8");
    resp.getOutputStream().write(html.toString().getBytes(StandardCharsets.UTF_8));
  }
}
