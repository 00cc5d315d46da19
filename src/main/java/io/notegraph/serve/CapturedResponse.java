package io.notegraph.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response that keeps what Fuseki writes instead of sending it: the content type, the headers and
 * the body, so that a {@link KeptResponse} can be replayed to later requests. Nothing reaches the
 * wrapped response. Confined to the request thread that writes it.
 */
final class CapturedResponse extends HttpServletResponseWrapper {
  private final ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
  private final Map<String, String> headers = new LinkedHashMap<>();
  private String contentType;
  private int status = SC_OK;
  private PrintWriter writer;

  CapturedResponse(HttpServletResponse response) {
    super(response);
  }

  /** What was written, once the writer is done; null unless the status is 200. */
  KeptResponse kept() {
    if (writer != null) writer.flush();
    return status == SC_OK ? new KeptResponse(contentType, headers, body.toByteArray()) : null;
  }

  @Override
  public void setContentType(String type) {
    contentType = type;
  }

  @Override
  public String getContentType() {
    return contentType;
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
  }

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public void setHeader(String name, String value) {
    headers.put(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    headers.merge(name, value, (a, b) -> a + ", " + b);
  }

  @Override
  public boolean containsHeader(String name) {
    return headers.containsKey(name);
  }

  @Override
  public void setContentLength(int len) {
    // Replaying sets the length of the bytes it sends.
  }

  @Override
  public void setContentLengthLong(long len) {
    // As above.
  }

  @Override
  public void flushBuffer() {
    // Nothing is sent while capturing.
  }

  @Override
  public ServletOutputStream getOutputStream() {
    return new ServletOutputStream() {
      @Override
      public void write(int b) {
        body.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        body.write(b, off, len);
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("a captured response is written synchronously");
      }
    };
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
    }
    return writer;
  }
}
