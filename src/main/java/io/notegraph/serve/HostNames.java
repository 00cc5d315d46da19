package io.notegraph.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a server answers to in the Host header, and whether a bind address reaches beyond this
 * machine. Stateless.
 */
public final class HostNames {
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final Set<String> WILDCARD = Set.of("0.0.0.0", "[::]", "[0:0:0:0:0:0:0:0]");

  private HostNames() {}

  /** Lower case, IPv6 literals in brackets: "::1" → "[::1]". */
  public static String normalize(String name) {
    String h = name.trim().toLowerCase(Locale.ROOT);
    return h.indexOf(':') >= 0 && !h.startsWith("[") ? "[" + h + "]" : h;
  }

  /** Whether listening on {@code bindHost} lets other machines connect. */
  public static boolean beyondLoopback(String bindHost) {
    String h = normalize(bindHost);
    if (LOOPBACK.contains(h)) return false;
    try {
      return !InetAddress.getByName(bindHost).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return true;
    }
  }

  /**
   * Loopback names, the bound host and {@code extra}; for a wildcard bind also this machine's
   * addresses and host name, the names other machines reach it by.
   */
  static Set<String> allowed(String bindHost, Set<String> extra) {
    Set<String> names = new TreeSet<>(LOOPBACK);
    names.addAll(extra);
    String h = normalize(bindHost);
    if (!WILDCARD.contains(h)) {
      names.add(h);
      return names;
    }
    try {
      for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(nif.getInetAddresses())) {
          String literal = a.getHostAddress();
          int zone = literal.indexOf('%');
          names.add(normalize(zone < 0 ? literal : literal.substring(0, zone)));
        }
      }
      InetAddress self = InetAddress.getLocalHost();
      names.add(normalize(self.getHostName()));
      names.add(normalize(self.getCanonicalHostName()));
    } catch (SocketException | UnknownHostException e) {
      // Only the names above, then; --allow-host adds more.
    }
    return names;
  }
}
