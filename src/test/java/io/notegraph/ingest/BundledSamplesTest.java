package io.notegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostic;
import io.notegraph.diag.Diagnostics;
import io.notegraph.diag.Severity;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BundledSamplesTest {
  private final SourceDecoder decoder = new SourceDecoder();
  private final Diagnostics diagnostics = new Diagnostics();

  private static Function<String, InputStream> resources(Map<String, String> files) {
    return name -> {
      String text = files.get(name);
      return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    };
  }

  @Test
  void indexedSamplesAreDecodedWithSampleNamesAndUrns() {
    Function<String, InputStream> open =
        resources(
            Map.of(
                "samples/index.txt", "# comment\nb.md\n\na.md\n",
                "samples/a.md", "# Alpha\r\n",
                "samples/b.md", "# Beta\n"));

    List<SourceDocument> docs = BundledSamples.load(open, decoder, diagnostics);

    assertThat(docs)
        .extracting(SourceDocument::name, SourceDocument::uri, SourceDocument::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "samples/a.md", URI.create("urn:notegraph:sample:a.md"), "# Alpha\n"),
            org.assertj.core.groups.Tuple.tuple(
                "samples/b.md", URI.create("urn:notegraph:sample:b.md"), "# Beta\n"));
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void missingSampleIsSkippedWithAWarning() {
    Function<String, InputStream> open =
        resources(Map.of("samples/index.txt", "a.md\ngone.md\n", "samples/a.md", "# Alpha\n"));

    List<SourceDocument> docs = BundledSamples.load(open, decoder, diagnostics);

    assertThat(docs).extracting(SourceDocument::name).containsExactly("samples/a.md");
    assertThat(diagnostics.all())
        .containsExactly(
            new Diagnostic(
                Severity.WARNING,
                "samples/gone.md",
                0,
                "bundled sample listed in samples/index.txt is missing, skipped"));
  }

  @Test
  void missingIndexMeansNoSamplesAndAWarning() {
    assertThat(BundledSamples.load(resources(Map.of()), decoder, diagnostics)).isEmpty();
    assertThat(diagnostics.all()).extracting(Diagnostic::file).containsExactly("samples/index.txt");
  }

  @Test
  void jarIndexListsTheFourSamples() {
    List<String> names = BundledSamples.names(BundledSamples.CLASSPATH, diagnostics);

    assertThat(names)
        .containsExactly(
            "2024-03-05-community.md",
            "2024-03-21-cabal.md",
            "2024-04-02-community.md",
            "2024-05-16-cabal.md");
  }

  @Test
  void everyJarSampleIsLoadedOrReportedMissing() {
    List<SourceDocument> docs = BundledSamples.load(decoder, diagnostics);

    // The sample files are written separately; until then each is reported, never dropped silently.
    assertThat(docs.size() + diagnostics.count(Severity.WARNING)).isEqualTo(4);
    assertThat(diagnostics.hasErrors()).isFalse();
    for (SourceDocument doc : docs) {
      assertThat(doc.name()).startsWith("samples/");
      assertThat(doc.uri().toString()).isEqualTo("urn:notegraph:sample:" + doc.fileName());
      assertThat(doc.repairs()).isEmpty();
    }
  }
}
