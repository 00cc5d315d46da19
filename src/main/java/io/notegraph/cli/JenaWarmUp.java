package io.notegraph.cli;

import org.apache.jena.sys.JenaSystem;

/**
 * Initialises Jena (about 1,200 classes: RIOT, SPARQL functions, TDB, SHACL subsystems) on a
 * background thread while the notes are read and parsed, so the rdf stage does not pay for it on
 * the critical path. {@link JenaSystem#init} is idempotent and synchronised: whoever needs Jena
 * first simply waits for the warm-up to finish.
 */
final class JenaWarmUp {
  private JenaWarmUp() {}

  static void start() {
    Thread t = new Thread(JenaSystem::init, "jena-warm-up");
    t.setDaemon(true);
    t.start();
  }
}
