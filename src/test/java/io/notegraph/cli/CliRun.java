package io.notegraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code notegraph ...} in-process and keeps exit code, standard output and error. */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
