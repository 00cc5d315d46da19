package io.notegraph.query;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An HTTP client for Jena's SPARQL client that notes the notegraph server's {@value #HEADER}
 * response header, which says a result was cut at the server's result limit. Jena's query execution
 * does not show response headers, so the client it sends through records them. Delegates everything
 * else. Thread-safe.
 */
final class TruncationWatch extends HttpClient {
  /** Set by notegraph's server on a SELECT cut at its result limit; the value is the limit. */
  static final String HEADER = "Notegraph-Truncated";

  private final HttpClient delegate;
  private final AtomicLong cutAt = new AtomicLong(-1);

  TruncationWatch(HttpClient delegate) {
    this.delegate = delegate;
  }

  /** The limit the last answer was cut at, if it was. */
  OptionalLong cutAt() {
    long n = cutAt.get();
    return n < 0 ? OptionalLong.empty() : OptionalLong.of(n);
  }

  private <T> HttpResponse<T> note(HttpResponse<T> r) {
    r.headers()
        .firstValue(HEADER)
        .ifPresent(
            v -> {
              try {
                cutAt.set(Long.parseLong(v.trim()));
              } catch (NumberFormatException e) {
                cutAt.set(0);
              }
            });
    return r;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest req, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return note(delegate.send(req, handler));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest req, HttpResponse.BodyHandler<T> handler) {
    return delegate.sendAsync(req, handler).thenApply(this::note);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest req,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> push) {
    return delegate.sendAsync(req, handler, push).thenApply(this::note);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }
}
