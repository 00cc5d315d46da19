package io.notegraph.serve;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Keeps web pages from other sites away from a local server. A page the user happens to open can
 * send requests to {@code 127.0.0.1}: directly (a cross-site form POST needs no CORS) or, after DNS
 * rebinding, under its own host name. So:
 *
 * <ul>
 *   <li>the {@code Host} header must name this server: localhost, 127.0.0.1, [::1] or a name given
 *       with {@code --host}/{@code --allow-host} (a rebound name never is); otherwise 421
 *       Misdirected;
 *   <li>a request that can change something or costs work (any method but GET, HEAD, OPTIONS) must
 *       not come from another site: {@code Sec-Fetch-Site} other than same-origin/none, or an
 *       {@code Origin} other than this server, gets 403.
 * </ul>
 *
 * Clients that are not browsers (curl, the load driver, other servers) send neither Origin nor
 * Sec-Fetch-Site and pass. Immutable and thread-safe.
 */
final class LocalPagesOnly extends Handler.Wrapper {
  private final Set<String> allowedHosts;

  /** {@code allowedHosts}: host names without port, lower case, IPv6 in brackets. */
  LocalPagesOnly(Set<String> allowedHosts) {
    this.allowedHosts = Set.copyOf(allowedHosts);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String host = request.getHeaders().get(HttpHeader.HOST);
    // HTTP/1.0 clients may omit Host; browsers never do, so there is nothing to rebind.
    if (host != null && !allowedHosts.contains(hostName(host))) {
      Response.writeError(
          request, response, callback, 421, "this server does not answer to the host " + host);
      return true;
    }
    if (!isSafeMethod(request.getMethod()) && isCrossSite(request, host)) {
      Response.writeError(request, response, callback, 403, "cross-site request refused");
      return true;
    }
    return super.handle(request, response, callback);
  }

  private static boolean isSafeMethod(String method) {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  private static boolean isCrossSite(Request request, String host) {
    String site = request.getHeaders().get("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) return true;
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin == null) return false;
    return host == null || !authority(origin).equalsIgnoreCase(host);
  }

  /** {@code host[:port]} of an Origin; "" for {@code null} or anything unparsable. */
  private static String authority(String origin) {
    try {
      String a = URI.create(origin.trim()).getRawAuthority();
      return a == null ? "" : a;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The host part of a Host header, lower case: "[::1]:3030" → "[::1]", "a:80" → "a". */
  static String hostName(String hostHeader) {
    String h = hostHeader.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }
}
