package io.notegraph.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The query executions in flight, so that stopping the server can abort them: otherwise a query
 * still running holds its read transaction and closing the database fails with "Active
 * transactions". At most one execution per request thread. Thread-safe.
 */
final class RunningQueries {
  private final Map<Thread, QueryExec> running = new ConcurrentHashMap<>();

  void started(QueryExec exec) {
    running.put(Thread.currentThread(), exec);
  }

  void finished() {
    running.remove(Thread.currentThread());
  }

  int count() {
    return running.size();
  }

  /** Asks every running execution to stop; each ends at its next check, within milliseconds. */
  void abortAll() {
    running.values().forEach(QueryExec::abort);
  }
}
