package io.notegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code notegraph load} killed with SIGKILL at seeded moments, in a real child JVM, over a
 * database already holding a good load: every time, the database opens and holds exactly one of the
 * two complete states, never a mix; an uninterrupted load afterwards completes.
 *
 * <p>Covers the transactional path only. A first load of two million quads or more into an empty
 * store goes through TDB2's phased bulk loader, which Jena documents as not crash-safe.
 */
class KilledLoadTest {
  private static final int GRAPHS_OLD = 100;
  private static final int GRAPHS_NEW = 120;
  private static final int TRIPLES_PER_GRAPH = 400;
  private static final int KILLS = 4;

  @TempDir Path dir;
  private final List<Process> children = new ArrayList<>();

  @AfterEach
  void killLeftovers() {
    // A failed assertion must not leave a child holding the database (or the CPU).
    children.forEach(Process::destroyForcibly);
  }

  @Test
  void loadKilledAtAnyMomentLeavesTheOldOrTheNewStateNeverAMix() throws Exception {
    Path db = dir.resolve("tdb2");
    Path oldTrig = BigTrig.write(dir.resolve("old.trig"), GRAPHS_OLD, TRIPLES_PER_GRAPH, "old");
    Path newTrig = BigTrig.write(dir.resolve("new.trig"), GRAPHS_NEW, TRIPLES_PER_GRAPH, "new");
    Map<String, String> oldState = expected(oldTrig);
    Map<String, String> newState = expected(newTrig);
    assertThat(oldState.keySet()).hasSize(GRAPHS_OLD + 1);
    assertThat(newState.keySet()).hasSize(GRAPHS_NEW + 1);

    try (GraphStore store = GraphStore.builder().database(db).build()) {
      store.load(oldTrig);
    }
    assertThat(stored(db)).isEqualTo(oldState);
    // One uninterrupted rewrite in a child first: proves it works and times it on this machine.
    long t0 = System.nanoTime();
    Process calibration = load(db, newTrig, "calibration");
    assertThat(calibration.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(calibration.exitValue()).isZero();
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    assertThat(stored(db)).isEqualTo(newState);

    // Seeded kill times over a load's life: JVM start, parsing, hashing, the write, the commit.
    Random random = new Random(20301110L);
    List<String> log = new ArrayList<>();
    log.add("uninterrupted load %d ms".formatted(loadMs));
    int killedWhileRunning = 0;
    Map<String, String> current = newState;
    for (int k = 0; k < KILLS; k++) {
      double fraction = 0.15 + 0.25 * k + 0.2 * random.nextDouble();
      long delayMs = (long) (loadMs * fraction);
      // Always load the other state, so every child has a complete rewrite to do.
      boolean towardsNew = current == oldState;
      Process child = load(db, towardsNew ? newTrig : oldTrig, "kill-" + k);
      boolean finished = child.waitFor(delayMs, TimeUnit.MILLISECONDS);
      if (!finished) {
        child.destroyForcibly();
        child.waitFor();
        killedWhileRunning++;
      }

      Map<String, String> after = stored(db);
      String which = after.equals(oldState) ? "old" : after.equals(newState) ? "new" : "MIXED";
      log.add(
          "kill %d at %d ms (%s): %s"
              .formatted(k, delayMs, finished ? "had finished" : "killed", which));
      assertThat(after).as("state after %s", log).isIn(oldState, newState);
      current = after.equals(oldState) ? oldState : newState;
    }
    System.out.println("KilledLoadTest: " + log);
    // Otherwise the test proved nothing: the children must be killed mid-load.
    assertThat(killedWhileRunning).as("kills that hit a running load: %s", log).isPositive();

    Path target = current == newState ? oldTrig : newTrig;
    Process last = load(db, target, "final");
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).isZero();
    assertThat(stored(db)).isEqualTo(target == newTrig ? newState : oldState);
  }

  /** Starts {@code notegraph load} in a child JVM on this test's class path. */
  private Process load(Path db, Path trig, String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "io.notegraph.cli.Main",
                "load",
                "--db",
                db.toString(),
                trig.toString())
            .redirectOutput(dir.resolve(name + ".out").toFile())
            .redirectError(dir.resolve(name + ".err").toFile())
            .start();
    children.add(child);
    return child;
  }

  /** Opens the database in this JVM, fingerprints it, and releases it for the next child. */
  private static Map<String, String> stored(Path db) {
    try (GraphStore store = GraphStore.builder().database(db).build()) {
      DatasetGraph dsg = store.datasetGraph();
      return Txn.calculateRead(dsg, () -> fingerprint(dsg));
    }
  }

  private static Map<String, String> expected(Path trig) {
    DatasetGraph dsg = Fixtures.parse(trig);
    return Txn.calculateRead(dsg, () -> fingerprint(dsg));
  }

  /** Graph name to content hash, for every named graph: equal maps mean equal datasets. */
  private static Map<String, String> fingerprint(DatasetGraph dsg) {
    Map<String, String> hashes = new TreeMap<>();
    List<Node> names = new ArrayList<>();
    dsg.listGraphNodes().forEachRemaining(names::add);
    for (Node name : names) {
      Graph g = dsg.getGraph(name);
      hashes.put(name.getURI(), g.size() + " " + GraphHash.of(g.find()));
    }
    return hashes;
  }
}
