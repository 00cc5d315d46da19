package io.notegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notegraph.diag.Diagnostic;
import io.notegraph.diag.Diagnostics;
import io.notegraph.diag.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDecoderTest {
  private static final URI URI_ = URI.create("file:///notes/n.md");
  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private final SourceDecoder decoder = new SourceDecoder();
  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<SourceDocument> decode(byte[] bytes) {
    return decoder.decode("n.md", URI_, bytes, diagnostics);
  }

  private SourceDocument decoded(byte[] bytes) {
    return decode(bytes).orElseThrow();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  @Test
  void validUtf8IsDecodedWithoutDiagnostics() {
    SourceDocument doc = decoded("# Meeting\n\nZoë Brontë, Søren Ødegård\n".getBytes(UTF8));

    assertThat(doc.text()).isEqualTo("# Meeting\n\nZoë Brontë, Søren Ødegård\n");
    assertThat(doc.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(doc.name()).isEqualTo("n.md");
    assertThat(doc.uri()).isEqualTo(URI_);
    assertThat(doc.repairs()).isEmpty();
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void utf8ByteOrderMarkIsStripped() {
    SourceDocument doc = decoded(concat(bytes(0xEF, 0xBB, 0xBF), "# Notes\n".getBytes(UTF8)));

    assertThat(doc.text()).isEqualTo("# Notes\n");
    assertThat(doc.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkIsDecoded() {
    byte[] body = "# Réunion\r\nJosé Núñez\r\n".getBytes(StandardCharsets.UTF_16LE);
    SourceDocument doc = decoded(concat(bytes(0xFF, 0xFE), body));

    assertThat(doc.text()).isEqualTo("# Réunion\nJosé Núñez\n");
    assertThat(doc.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void utf16BigEndianWithByteOrderMarkIsDecoded() {
    byte[] body = "# Notes\nIngrid Åkesson\n".getBytes(StandardCharsets.UTF_16BE);
    SourceDocument doc = decoded(concat(bytes(0xFE, 0xFF), body));

    assertThat(doc.text()).isEqualTo("# Notes\nIngrid Åkesson\n");
    assertThat(doc.charset()).isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void invalidUtf8FallsBackToWindows1252AndNamesTheLine() {
    byte[] text = "# Notes\n\nAttendees: Ren\u00e9e Caf\u00e9\nDone\n".getBytes(CP1252);
    SourceDocument doc = decoded(text);

    assertThat(doc.text()).isEqualTo("# Notes\n\nAttendees: Renée Café\nDone\n");
    assertThat(doc.charset()).isEqualTo(CP1252);
    assertThat(diagnostics.all())
        .containsExactly(
            new Diagnostic(
                Severity.WARNING, "n.md", 3, "not valid UTF-8 at line 3; read as Windows-1252"));
  }

  @Test
  void fallbackLineCountsCrLfAndLoneCrAsOneBreak() {
    decoded(concat("a\r\nb\rc\r\n".getBytes(UTF8), bytes(0xE9), "\n".getBytes(UTF8)));

    assertThat(diagnostics.all())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                4, "not valid UTF-8 at line 4; read as Windows-1252"));
  }

  @Test
  void latin1FileIsReadAsWindows1252() {
    byte[] text = "Søren Ødegård, Zoë Brontë\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(decoded(text).text()).isEqualTo("Søren Ødegård, Zoë Brontë\n");
  }

  @Test
  void windows1252SmartQuotesAreDecoded() {
    byte[] text = concat(bytes(0x93), "quoted".getBytes(UTF8), bytes(0x94, 0x20, 0x96, 0x0A));

    assertThat(decoded(text).text()).isEqualTo("“quoted” –\n");
  }

  @Test
  void utf8MixedIntoAWindows1252FileIsRecoveredAsMojibake() {
    // One stray Windows-1252 byte forces the fallback; the UTF-8 'ö' then reads as "Ã¶".
    byte[] text = concat("Lina Bj".getBytes(UTF8), "örk".getBytes(UTF8), bytes(0x20, 0xE9, 0x0A));
    SourceDocument doc = decoded(text);

    assertThat(doc.text()).isEqualTo("Lina Björk é\n");
    assertThat(doc.repairs())
        .containsExactly(new TextRepair(1, "BjÃ¶rk", "Björk", "UTF-8 read as Windows-1252"));
  }

  @Test
  void crLfAndLoneCrBecomeLf() {
    assertThat(decoded("a\r\nb\rc\n\r\nd".getBytes(UTF8)).text()).isEqualTo("a\nb\nc\n\nd");
  }

  @Test
  void mojibakeIsRepairedAndEachRepairReported() {
    SourceDocument doc = decoded("# Notes\r\n\r\nHost: Linnea Bj√∂rk\r\n".getBytes(UTF8));

    assertThat(doc.text()).isEqualTo("# Notes\n\nHost: Linnea Björk\n");
    assertThat(doc.repairs())
        .containsExactly(new TextRepair(3, "Bj√∂rk", "Björk", "UTF-8 read as Mac Roman"));
    assertThat(diagnostics.all())
        .containsExactly(
            new Diagnostic(
                Severity.WARNING,
                "n.md",
                3,
                "repaired mojibake 'Bj√∂rk' -> 'Björk' (UTF-8 read as Mac Roman)"));
  }

  @Test
  void nulByteMeansBinary() {
    byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D));

    assertThat(decode(png)).isEmpty();
    assertThat(diagnostics.all())
        .containsExactly(new Diagnostic(Severity.ERROR, "n.md", 0, "binary file, skipped"));
  }

  @Test
  void manyControlCharactersMeanBinary() {
    byte[] data = new byte[400];
    for (int i = 0; i < data.length; i++) data[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');

    assertThat(decode(data)).isEmpty();
    assertThat(diagnostics.hasErrors()).isTrue();
  }

  @Test
  void tabsFormFeedsAndTerminalColoursAreText() {
    byte[] text = "col\tcol\f\n\u001B[31mred\u001B[0m\n".getBytes(UTF8);

    assertThat(decode(text)).isPresent();
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void emptyFileIsReportedAndSkipped() {
    assertThat(decode(new byte[0])).isEmpty();
    assertThat(diagnostics.all())
        .containsExactly(new Diagnostic(Severity.WARNING, "n.md", 0, "empty file"));
  }

  @Test
  void whitespaceOnlyFileIsEmpty() {
    assertThat(decode(concat(bytes(0xEF, 0xBB, 0xBF), " \r\n\t\n".getBytes(UTF8)))).isEmpty();
    assertThat(diagnostics.all()).extracting(Diagnostic::message).containsExactly("empty file");
  }

  @Test
  void bytesOverTheLimitAreRejectedWithTheirSize() {
    SourceDecoder small = SourceDecoder.builder().maxBytes(10).build();

    assertThat(small.decode("n.md", URI_, "12345678901".getBytes(UTF8), diagnostics)).isEmpty();
    assertThat(small.decode("ok.md", URI_, "1234567890".getBytes(UTF8), diagnostics)).isPresent();
    assertThat(diagnostics.all())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR, "n.md", 0, "file too large (11 bytes, limit 10 bytes), skipped"));
  }

  @Test
  void fileOverTheLimitIsRejectedBeforeReading(@TempDir Path dir) throws IOException {
    Path big = Files.write(dir.resolve("big.md"), "x".repeat(2048).getBytes(UTF8));
    SourceDecoder small = SourceDecoder.builder().maxBytes(1024).build();

    assertThat(small.read(new InputFile(big, "big.md"), diagnostics)).isEmpty();
    assertThat(diagnostics.all())
        .extracting(Diagnostic::severity, Diagnostic::file, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.ERROR,
                "big.md",
                "file too large (2048 bytes, limit 1024 bytes), skipped"));
  }

  @Test
  void builderRejectsANonPositiveLimit() {
    assertThatThrownBy(() -> SourceDecoder.builder().maxBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readGivesTheFileUriAndTheFoundName(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("2024-01-09.md"), "# Notes\n");

    SourceDocument doc = decoder.read(new InputFile(file, "sub/2024-01-09.md"), diagnostics).get();

    assertThat(doc.uri()).isEqualTo(file.toUri());
    assertThat(doc.name()).isEqualTo("sub/2024-01-09.md");
    assertThat(doc.fileName()).isEqualTo("2024-01-09.md");
    assertThat(doc.text()).isEqualTo("# Notes\n");
  }

  @Test
  void missingFileIsAnErrorNamingThePath(@TempDir Path dir) {
    Path gone = dir.resolve("gone.md");

    assertThat(decoder.read(new InputFile(gone, "gone.md"), diagnostics)).isEmpty();
    assertThat(diagnostics.all())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.file()).isEqualTo("gone.md");
              assertThat(d.message()).contains(gone.toString());
            });
  }
}
