package io.notegraph.serve;

import io.notegraph.store.GraphStore;
import jakarta.servlet.http.HttpServlet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * The notegraph SPARQL server: embedded Fuseki with the dataset at {@code /notegraph} and the
 * Fuseki UI at {@code /}.
 *
 * <pre>{@code
 * NotegraphServer server = NotegraphServer.builder().database(Path.of("output/tdb2")).port(0)
 *     .build().start();
 * server.endpoints().forEach((what, url) -> System.out.println(what + ": " + url));
 * server.stop();
 * }</pre>
 *
 * <p>Read-only by default (query and Graph Store Protocol read); {@link Builder#writable} adds
 * SPARQL Update, GSP read-write (also how the UI uploads files) and RDF Patch. The default graph of
 * a {@code GraphStore} is the union of the named graphs, so writes should name a graph: triples
 * written to the default graph are stored but not seen by queries. Every query is cut off after the
 * timeout and capped at the result limit; request bodies over the size limit are refused with 413.
 * Thread-safe: start and stop once each; Fuseki serves requests concurrently.
 */
public final class NotegraphServer {
  /** Dataset path on the server. */
  public static final String DATASET = "/notegraph";

  private final FusekiServer fuseki;
  private final GraphStore ownedStore;
  private final String host;
  private final boolean writable;
  private final boolean ui;
  private final RunningQueries running;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private NotegraphServer(
      FusekiServer fuseki, GraphStore ownedStore, Builder b, boolean ui, RunningQueries running) {
    this.fuseki = fuseki;
    this.running = running;
    this.ownedStore = ownedStore;
    this.host = b.host;
    this.writable = b.writable;
    this.ui = ui;
  }

  public static Builder builder() {
    return new Builder();
  }

  public NotegraphServer start() {
    fuseki.start();
    return this;
  }

  /**
   * Stops serving and, if the server opened the database itself, closes it. Queries still running
   * are aborted first (they end at their next cancellation check), so their read transactions are
   * over before the database closes. Idempotent.
   */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) return;
    running.abortAll();
    fuseki.stop();
    long until = System.nanoTime() + STOP_WAIT.toNanos();
    while (running.count() > 0 && System.nanoTime() < until) {
      running.abortAll();
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (ownedStore != null) ownedStore.close();
  }

  /** Longest {@link #stop} waits for aborted queries to let go of the database. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(5);

  /** Blocks until the server stops. */
  public void join() {
    fuseki.join();
  }

  /** The port actually bound (useful after asking for port 0). */
  public int port() {
    for (Connector c : fuseki.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector sc && sc.getLocalPort() > 0) return sc.getLocalPort();
    }
    return fuseki.getPort();
  }

  /** {@code http://host:port}, no trailing slash. */
  public String baseUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port();
  }

  /** What is served where, in a fixed order, for printing at start. */
  public Map<String, String> endpoints() {
    String ds = baseUrl() + DATASET;
    Map<String, String> m = new LinkedHashMap<>();
    m.put(ui ? "UI" : "Home", baseUrl() + "/");
    m.put("SPARQL query", ds + "/sparql");
    m.put("SPARQL query (alias)", ds + "/query");
    m.put("Graph Store (read)", ds + "/get");
    if (writable) {
      m.put("SPARQL update", ds + "/update");
      // Jena 5 has no separate upload service: files go to GSP (POST), as the UI does.
      m.put("Graph Store (read-write)", ds + "/data");
    }
    return m;
  }

  /** Configures a {@link NotegraphServer}. Not thread-safe. */
  public static final class Builder {
    private DatasetGraph dataset;
    private Path database;
    private int port = 3030;
    private String host = "127.0.0.1";
    private boolean writable;
    private Duration queryTimeout = Duration.ofSeconds(10);
    private long resultLimit = 100_000;
    private long maxRequestBytes = 16L * 1024 * 1024;
    private long maxQueryChars = QueryBudget.DEFAULT_MAX_CHARS;
    private boolean allowService;
    private boolean allowFileLoad;
    private boolean cors;
    private boolean cacheResults;
    private final Set<String> extraHosts = new TreeSet<>();
    private final List<Consumer<FusekiServer.Builder>> customizers = new ArrayList<>();

    private Builder() {}

    /** Serves this dataset (its default graph should be the union; see GraphStore). */
    public Builder dataset(DatasetGraph dsg) {
      this.dataset = Objects.requireNonNull(dsg);
      return this;
    }

    /** Opens and serves this TDB2 database, closing it on {@link #stop}. */
    public Builder database(Path dir) {
      this.database = Objects.requireNonNull(dir);
      return this;
    }

    /** 0 picks a free port. Default 3030. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) throw new IllegalArgumentException("bad port " + port);
      this.port = port;
      return this;
    }

    /** Address to bind; default 127.0.0.1 (this machine only). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host);
      return this;
    }

    public Builder writable(boolean writable) {
      this.writable = writable;
      return this;
    }

    public Builder queryTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("query timeout must be positive");
      }
      this.queryTimeout = timeout;
      return this;
    }

    /** Most results one query returns; 0 means no cap. Default 100,000. */
    public Builder resultLimit(long limit) {
      if (limit < 0) throw new IllegalArgumentException("result limit must be >= 0");
      this.resultLimit = limit;
      return this;
    }

    /** Largest request body accepted. Default 16 MiB. */
    public Builder maxRequestBytes(long bytes) {
      if (bytes < 1) throw new IllegalArgumentException("request size limit must be >= 1");
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Lets queries use SPARQL {@code SERVICE} and updates {@code LOAD} from http(s): the server
     * then fetches whatever URL a client names. Default false.
     */
    public Builder allowService(boolean allow) {
      this.allowService = allow;
      return this;
    }

    /** Lets a writable server {@code LOAD} local files. Default false. */
    public Builder allowFileLoad(boolean allow) {
      this.allowFileLoad = allow;
      return this;
    }

    /**
     * Sends CORS headers so pages on other sites may read answers. Default false: Fuseki's own
     * default is on, which lets any page the user opens read the graph.
     */
    public Builder cors(boolean cors) {
      this.cors = cors;
      return this;
    }

    /**
     * Another name this server answers to in the Host header (e.g. its DNS name when listening on
     * all interfaces). localhost, 127.0.0.1, [::1] and the bound host are always accepted.
     */
    public Builder allowHost(String name) {
      extraHosts.add(HostNames.normalize(name));
      return this;
    }

    /** Longest query text accepted, in characters; longer gets 413 unparsed. Default 256 KiB. */
    public Builder maxQueryChars(long chars) {
      if (chars < 1) throw new IllegalArgumentException("query size limit must be >= 1");
      this.maxQueryChars = chars;
      return this;
    }

    /**
     * Keeps SELECT answers over a {@link #dataset} the caller promises not to change while it is
     * served. (A read-only {@link #database} the server opens itself is always cached.)
     */
    public Builder cacheResults(boolean cache) {
      this.cacheResults = cache;
      return this;
    }

    /** Adds a servlet, e.g. the visualization at {@code /viz/*}. */
    public Builder servlet(String pathSpec, HttpServlet servlet) {
      return customize(fb -> fb.addServlet(pathSpec, servlet));
    }

    /** Any further Fuseki configuration (static pages, filters), applied before start. */
    public Builder customize(Consumer<FusekiServer.Builder> customizer) {
      customizers.add(Objects.requireNonNull(customizer));
      return this;
    }

    public NotegraphServer build() {
      if ((dataset == null) == (database == null)) {
        throw new IllegalStateException("give exactly one of dataset(...) or database(...)");
      }
      GraphStore owned = database == null ? null : GraphStore.builder().database(database).build();
      DatasetGraph dsg = owned == null ? dataset : owned.datasetGraph();
      // Fuseki reads the timeout from the dataset's context (milliseconds).
      dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
      new OutboundPolicy(allowService, allowFileLoad).applyTo(dsg.getContext());

      FusekiServer.Builder fb =
          FusekiServer.create()
              .port(port)
              .add(DATASET, dsg, writable)
              .enablePing(true)
              .enableCors(cors, null);
      RunningQueries running = new RunningQueries();
      QueryBudget budget = new QueryBudget(maxQueryChars, QueryBudget.DEFAULT_MAX_TERMS);
      // A database the server opened itself, read-only, cannot change while served (TDB2 locks it
      // against other processes): its answers can be kept. A dataset handed in may be changed by
      // its owner, so it is evaluated every time unless the caller says otherwise.
      boolean cacheable = !writable && (owned != null || cacheResults);
      ResultCache cache = cacheable ? new ResultCache(512, 20_000, 64L << 20) : null;
      fb.registerOperation(Operation.Query, new CappedQuery(resultLimit, budget, running, cache));
      boolean uiServed = FusekiUi.install(fb);
      if (!uiServed)
        fb.addServlet("", new LandingPage(List.of(DATASET + "/sparql", DATASET + "/get")));
      customizers.forEach(c -> c.accept(fb));

      FusekiServer fuseki = fb.build();
      Server jetty = fuseki.getJettyServer();
      for (Connector c : jetty.getConnectors()) {
        if (c instanceof ServerConnector sc) sc.setHost(host);
      }
      SizeLimitHandler limit = new SizeLimitHandler(maxRequestBytes, -1);
      limit.setHandler(jetty.getHandler());
      LocalPagesOnly guard = new LocalPagesOnly(HostNames.allowed(host, extraHosts));
      guard.setHandler(limit);
      jetty.setHandler(guard);
      return new NotegraphServer(fuseki, owned, this, uiServed, running);
    }
  }
}
