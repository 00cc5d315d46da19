package io.notegraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One 200 response exactly as Fuseki wrote it for a kept answer: content type, headers, body.
 * Immutable (the body is never handed out to be changed; callers only write it).
 */
record KeptResponse(String contentType, Map<String, String> headers, byte[] body) {
  KeptResponse {
    headers = Map.copyOf(headers);
  }

  /** The same response with its body gzip-compressed, for clients that accept that. */
  KeptResponse gzipped() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: cannot happen
    }
    return new KeptResponse(contentType, headers, out.toByteArray());
  }

  /** Memory the response holds, roughly: what a byte budget counts. */
  long weight() {
    return body.length + 256L;
  }
}
