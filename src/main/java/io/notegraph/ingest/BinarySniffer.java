package io.notegraph.ingest;

/**
 * Tells binary files (images, archives, office documents renamed .md) from text by looking at the
 * first 8 KB, as git and grep do. Stateless, thread-safe.
 */
final class BinarySniffer {
  static final int SAMPLE = 8192;

  private BinarySniffer() {}

  /** NUL in the sample, or more than 10% control characters other than tab/line/page breaks. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return true;
      // ESC is allowed: terminal output with colour codes gets pasted into notes.
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B)
          || b == 0x7F) {
        controls++;
      }
    }
    return controls > 0 && controls * 10 > n;
  }
}
