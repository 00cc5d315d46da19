package io.notegraph.cli;

import io.notegraph.serve.NotegraphServer;
import io.notegraph.serve.StoreRefresh;
import java.io.PrintWriter;
import java.util.Locale;

/** {@code serve}'s progress lines: seconds since the start, the phase, what happened. */
final class ServeProgress implements StoreRefresh.Progress {
  private final PrintWriter out;
  private final long t0 = System.nanoTime();

  ServeProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void say(String phase, String what) {
    double s = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "%5.1f s  %-8s %s%n", s, phase, what);
    out.flush();
  }

  /** The "ready" line and where everything is. */
  void ready(NotegraphServer server, String what) {
    say("ready", what);
    server.endpoints().forEach((name, url) -> out.printf("  %-26s %s%n", name + ":", url));
    String ui = server.endpoints().get("UI");
    if (ui != null) out.printf("  %-26s %s%n", "Graph view:", ui + "viz");
    out.println("Ctrl-C to stop.");
    out.flush();
  }
}
