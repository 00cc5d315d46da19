package io.notegraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /notes/{path}}: the text of each note the server was loaded from, read-only, as a page
 * with one anchor per line ({@code #L12}), so the viz's source links open the note at the line.
 * {@code path} is the note's path relative to the input root, as in {@code ng:sourcePath}. The
 * texts are the decoded notes held in memory (small: the corpus is half a megabyte); only GET is
 * answered. Immutable, so thread-safe.
 */
public final class NotesServlet extends HttpServlet {
  /** The path under which the notes are served, with its trailing slash. */
  public static final String PREFIX = "/notes/";

  private final transient Map<String, String> texts;

  private NotesServlet(Map<String, String> texts) {
    this.texts = Map.copyOf(texts);
  }

  /** Notes by their path relative to the input root. */
  public static NotesServlet of(Map<String, String> textsByPath) {
    return new NotesServlet(new TreeMap<>(textsByPath));
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
    String text = texts.get(path);
    if (text == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no note " + path);
      return;
    }
    byte[] page = page(path, text).getBytes(StandardCharsets.UTF_8);
    resp.setContentType("text/html; charset=utf-8");
    resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    resp.setContentLength(page.length);
    resp.getOutputStream().write(page);
  }

  static String page(String path, String text) {
    StringBuilder sb = new StringBuilder(text.length() * 2 + 600);
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(path))
        .append("</title><style>body{margin:0;font:13px/1.45 ui-monospace,monospace}")
        .append("h1{font:600 15px system-ui,sans-serif;margin:12px 16px}")
        .append("a.l{display:block;white-space:pre-wrap;padding:0 16px 0 64px;text-indent:-48px;")
        .append("color:inherit;text-decoration:none}a.l:target{background:#fef08a}")
        .append("a.l span{display:inline-block;width:40px;margin-right:8px;text-align:right;")
        .append("color:#9ca3af;text-indent:0}</style></head><body><h1>")
        .append(escape(path))
        .append("</h1>\n");
    String[] lines = text.split("\n", -1);
    int n = lines.length;
    if (n > 1 && lines[n - 1].isEmpty()) n--;
    for (int i = 0; i < n; i++) {
      int line = i + 1;
      sb.append("<a class=\"l\" id=\"L")
          .append(line)
          .append("\" href=\"#L")
          .append(line)
          .append("\"><span>")
          .append(line)
          .append("</span>")
          .append(escape(lines[i].replace("\r", "")))
          .append("</a>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
