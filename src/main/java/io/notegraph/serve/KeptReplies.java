package io.notegraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Answers a request from a kept answer with bytes written once: the first request of each shape
 * (negotiated result type plus the parameters Fuseki reads when it writes results) has Fuseki write
 * the rows into a {@link CapturedResponse}; that response is kept in the {@link ResultCache} and
 * every later request of the same shape gets the same bytes, gzip-compressed once more if the
 * client accepts gzip. Writing the rows again was most of what a cached answer still cost (figures
 * in docs/BENCHMARKS.md, "Query serving"). Stateless; thread-safe.
 */
final class KeptReplies {
  /** The request parameters Fuseki's result writer reads besides the Accept header. */
  private static final String[] OUTPUT_PARAMS = {
    "output", "format", "results", "stylesheet", "callback", "force-accept"
  };

  private KeptReplies() {}

  /** Sends {@code answer}, kept under {@code key}, as this request asks for it. */
  static void send(HttpAction action, String key, ResultCache.Answer answer, ResultCache cache) {
    HttpServletRequest request = action.getRequest();
    boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
    String shape = key + '\u0000' + shape(request);
    KeptResponse reply =
        cache.response(shape, gzip, () -> render(action, answer), KeptResponse::gzipped);
    write(action, reply, gzip);
  }

  /** What decides the bytes Fuseki writes for a result set, as a string. */
  static String shape(HttpServletRequest request) {
    MediaType chosen = ConNeg.chooseContentType(request, DEF.rsOfferTable, DEF.acceptResultSetXML);
    StringBuilder s = new StringBuilder(chosen == null ? "" : chosen.getContentTypeStr());
    for (String p : OUTPUT_PARAMS) {
      String v = request.getParameter(p);
      if (v != null) s.append('\u0000').append(p).append('=').append(v);
    }
    return s.toString();
  }

  /** Fuseki's own result writer, into memory. */
  private static KeptResponse render(HttpAction action, ResultCache.Answer answer) {
    CapturedResponse capture = new CapturedResponse(action.getResponse());
    HttpAction into =
        new HttpAction(action.id, action.log, action.category, action.getRequest(), capture);
    // The writer reads the dataset's and endpoint's context (e.g. the JSON writer's settings).
    into.setRequest(action.getDataAccessPoint(), action.getDataService());
    into.setEndpoint(action.getEndpoint());
    Responses.doResponseResultSet(
        into, RowSetStream.create(answer.vars(), answer.rows().iterator()), answer.prologue());
    return capture.kept();
  }

  private static void write(HttpAction action, KeptResponse reply, boolean gzip) {
    HttpServletResponse response = action.getResponse();
    for (Map.Entry<String, String> h : reply.headers().entrySet()) {
      response.setHeader(h.getKey(), h.getValue());
    }
    String vary = response.getHeader("Vary");
    response.setHeader("Vary", vary == null ? "Accept-Encoding" : vary + ", Accept-Encoding");
    if (gzip) response.setHeader("Content-Encoding", "gzip");
    if (reply.contentType() != null) action.setResponseContentType(reply.contentType());
    action.setResponseStatus(HttpServletResponse.SC_OK);
    action.setResponseContentLength(reply.body().length);
    try {
      response.getOutputStream().write(reply.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether an Accept-Encoding header allows gzip (RFC 9110 12.5.3): "gzip" or "*" listed with a
   * quality above zero.
   */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) return false;
    double gzip = -1;
    double any = -1;
    for (String item : acceptEncoding.split(",")) {
      String[] parts = item.split(";");
      String coding = parts[0].trim().toLowerCase(Locale.ROOT);
      if (coding.equals("gzip") || coding.equals("x-gzip")) gzip = Math.max(gzip, quality(parts));
      if (coding.equals("*")) any = quality(parts);
    }
    // A coding named outright wins over "*" (gzip;q=0 with *: no gzip).
    return gzip >= 0 ? gzip > 0 : any > 0;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
        try {
          return Double.parseDouble(p.substring(2).trim());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
