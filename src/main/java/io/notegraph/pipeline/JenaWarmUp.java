package io.notegraph.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sys.JenaSystem;

/**
 * Initialises Jena (about 1,200 classes: RIOT, SPARQL functions, TDB, SHACL subsystems) on a
 * background thread while the notes are read and parsed, so the rdf stage does not pay for it on
 * the critical path.
 *
 * <p>Code that uses Jena on another thread while the warm-up may still run must call {@link #await}
 * first: {@link JenaSystem#init} marks Jena initialised as soon as it starts (to survive recursive
 * calls), so a second thread calling it returns at once and can find the language registry still
 * empty ("Failed to determine the RDF syntax"). Thread-safe.
 */
final class JenaWarmUp {
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final CompletableFuture<Void> READY = new CompletableFuture<>();

  private JenaWarmUp() {}

  /** Starts the initialisation on a daemon thread, once. */
  static void start() {
    if (!STARTED.compareAndSet(false, true)) return;
    Thread t = new Thread(JenaWarmUp::initialise, "jena-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** Returns once Jena is fully initialised (initialising it here if nobody started it). */
  static void await() {
    if (STARTED.compareAndSet(false, true)) initialise();
    READY.join();
  }

  private static void initialise() {
    try {
      JenaSystem.init();
      READY.complete(null);
    } catch (RuntimeException | Error e) {
      READY.completeExceptionally(e);
      throw e;
    }
  }
}
