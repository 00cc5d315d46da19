package io.notegraph.ingest;

import io.notegraph.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Bytes to text: detects the encoding (UTF-8, else Windows-1252), rejects binary files, repairs
 * mojibake (UTF-8 decoded as Mac Roman or Windows-1252) and reports every repair. Thread-safe.
 *
 * <pre>{@code
 * SourceDecoder decoder = SourceDecoder.builder().maxBytes(8 << 20).build();
 * Optional<SourceDocument> doc = decoder.read(inputFile, diagnostics);
 * }</pre>
 *
 * <p>Order of checks: size (before reading), binary content, byte order mark, UTF-8 validity,
 * emptiness, line breaks, mojibake, control characters (replaced by U+FFFD). UTF-16 is recognised
 * only by its BOM (without one, its NUL bytes make it binary). Every problem is reported under the
 * document's name.
 */
public final class SourceDecoder {
  /** Default {@link Builder#maxBytes(long)}: 32 MiB, far beyond any meeting note. */
  public static final long DEFAULT_MAX_BYTES = 32L << 20;

  private final long maxBytes;
  private final MojibakeRepairer repairer = new MojibakeRepairer();

  /** A decoder with the default size limit. */
  public SourceDecoder() {
    this(DEFAULT_MAX_BYTES);
  }

  private SourceDecoder(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads and decodes one file; empty (with an error reported) when it cannot be used. */
  public Optional<SourceDocument> read(InputFile file, Diagnostics diagnostics) {
    String name = file.name();
    try {
      long size = Files.size(file.path());
      if (size > maxBytes) {
        diagnostics.error(name, 0, tooLarge(size));
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file.path())) {
        // The file may have grown since size(); never read more than the limit allows.
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        diagnostics.error(name, 0, tooLarge(bytes.length));
        return Optional.empty();
      }
      return decode(name, file.path().toUri(), bytes, diagnostics);
    } catch (AccessDeniedException e) {
      diagnostics.error(name, 0, "cannot read " + file.path() + ": permission denied");
    } catch (NoSuchFileException e) {
      diagnostics.error(name, 0, "cannot read " + file.path() + ": no such file");
    } catch (IOException e) {
      diagnostics.error(name, 0, "cannot read " + file.path() + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  /** Decodes bytes already in memory. */
  public Optional<SourceDocument> decode(
      String name, URI uri, byte[] bytes, Diagnostics diagnostics) {
    if (bytes.length > maxBytes) {
      diagnostics.error(name, 0, tooLarge(bytes.length));
      return Optional.empty();
    }
    if (!CharsetSniffer.isUtf16(bytes) && BinarySniffer.looksBinary(bytes)) {
      diagnostics.error(name, 0, "binary file, skipped");
      return Optional.empty();
    }
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes);
    if (decoded.text().isBlank()) {
      diagnostics.warn(name, 0, "empty file");
      return Optional.empty();
    }
    if (decoded.fallbackLine() > 0) {
      int line = decoded.fallbackLine();
      diagnostics.warn(name, line, "not valid UTF-8 at line " + line + "; read as Windows-1252");
    }
    MojibakeRepairer.Result repaired = repairer.repair(LineBreaks.normalise(decoded.text()));
    for (TextRepair r : repaired.repairs()) {
      diagnostics.warn(
          name,
          r.line(),
          "repaired mojibake '"
              + r.original()
              + "' -> '"
              + r.repaired()
              + "' ("
              + r.reason()
              + ")");
    }
    ControlCharacters.Result clean = ControlCharacters.replace(repaired.text());
    for (TextRepair r : clean.repairs()) {
      diagnostics.warn(
          name, r.line(), r.reason() + " " + r.original() + " replaced by " + r.repaired());
    }
    List<TextRepair> repairs = new ArrayList<>(repaired.repairs());
    repairs.addAll(clean.repairs());
    repairs.sort(Comparator.comparingInt(TextRepair::line));
    return Optional.of(new SourceDocument(name, uri, clean.text(), decoded.charset(), repairs));
  }

  private String tooLarge(long size) {
    return "file too large (" + size + " bytes, limit " + maxBytes + " bytes), skipped";
  }

  /** Configures a {@link SourceDecoder}. Not thread-safe; the decoder it builds is. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;

    private Builder() {}

    /** Files larger than this are reported and skipped without being read. */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
      this.maxBytes = maxBytes;
      return this;
    }

    public SourceDecoder build() {
      return new SourceDecoder(maxBytes);
    }
  }
}
