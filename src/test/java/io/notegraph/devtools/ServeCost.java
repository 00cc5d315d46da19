package io.notegraph.devtools;

import io.notegraph.pipeline.Components;
import io.notegraph.pipeline.Extraction;
import io.notegraph.pipeline.Pipeline;
import io.notegraph.query.CatalogEntry;
import io.notegraph.query.QueryCatalog;
import io.notegraph.rdf.Iris;
import io.notegraph.serve.NotegraphServer;
import io.notegraph.serve.StoreRefresh;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What one answer costs (a contributors' tool, not in the product jar): serves the notes read-only
 * as {@code notegraph serve} does, then asks each catalog query {@code repeats} times from one
 * client, one request at a time, and prints per query the median latency, the process CPU per
 * request (server and client share the process) and the response size. One client on an otherwise
 * busy machine still gives a fair CPU figure, which is why this exists beside {@link ServeBench}.
 *
 * <pre>{@code
 * mvn -q test-compile && java -cp target/notegraph.jar:target/test-classes \
 *     io.notegraph.devtools.ServeCost ../shared/corpus/podman-community 200 [ACCEPT [ENCODING]]
 * }</pre>
 */
public final class ServeCost {
  private ServeCost() {}

  public static void main(String[] args) throws Exception {
    Path notes = Path.of(args.length > 0 ? args[0] : "../shared/corpus/podman-community");
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    String accept = args.length > 2 ? args[2] : "application/sparql-results+json";
    String encoding = args.length > 3 ? args[3] : null;
    Path db = Files.createTempDirectory("serve-cost");
    StoreRefresh refresh =
        StoreRefresh.builder()
            .extraction(
                () ->
                    Extraction.builder()
                        .pipeline(
                            Pipeline.builder()
                                .finder(Components.finder(false))
                                .linker(Components.linker())
                                .build()),
                Iris.DEFAULT_BASE)
            .progress((phase, what) -> {})
            .build();
    refresh.run(List.of(notes), db);
    NotegraphServer server = NotegraphServer.builder().port(0).database(db).build().start();
    try {
      String endpoint = server.baseUrl() + NotegraphServer.DATASET + "/sparql";
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<CatalogEntry> catalog =
          QueryCatalog.onClasspath().entries().stream()
              .filter(e -> !e.name().startsWith("fixture-"))
              .toList();
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      System.out.printf(
          "%-26s %9s %9s %10s %9s%n", "query", "first ms", "p50 ms", "CPU ms/req", "bytes");
      long totalCpu = 0;
      long totalReq = 0;
      for (CatalogEntry q : catalog) {
        HttpRequest.Builder rb =
            HttpRequest.newBuilder(
                    URI.create(
                        endpoint
                            + "?query="
                            + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8)))
                .header("Accept", accept);
        if (encoding != null) rb.header("Accept-Encoding", encoding);
        HttpRequest req = rb.build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> first = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        long firstNanos = System.nanoTime() - t0;
        for (int i = 0; i < 5; i++) http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        long[] lat = new long[repeats];
        long cpu0 = os.getProcessCpuTime();
        for (int i = 0; i < repeats; i++) {
          long s = System.nanoTime();
          HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
          if (r.statusCode() != 200)
            throw new IllegalStateException(q.name() + " " + r.statusCode());
          lat[i] = System.nanoTime() - s;
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        totalCpu += cpu;
        totalReq += repeats;
        Arrays.sort(lat);
        System.out.printf(
            Locale.ROOT,
            "%-26s %9.1f %9.2f %10.2f %9d%n",
            q.name(),
            firstNanos / 1e6,
            lat[repeats / 2] / 1e6,
            cpu / 1e6 / repeats,
            first.body().length);
      }
      System.out.printf(
          Locale.ROOT,
          "all: %.2f ms CPU per request (mean over the catalog); load average %.1f%n",
          totalCpu / 1e6 / totalReq,
          os.getSystemLoadAverage());
    } finally {
      server.stop();
      try (var files = Files.walk(db)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
