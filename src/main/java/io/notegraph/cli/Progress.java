package io.notegraph.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for runs over many files (the progressbar library draws it); silent
 * for small runs, with {@code --quiet}, and when stderr is not a terminal. Thread-safe.
 */
final class Progress implements AutoCloseable {
  private static final int MIN_FILES = 50;
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar over {@code files} files, each reported {@code stepsPerFile} times. */
  static Progress start(PrintWriter err, String task, int files, int stepsPerFile, boolean quiet) {
    if (quiet || files < MIN_FILES || System.console() == null) return new Progress(null);
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task)
        .setInitialMax((long) files * stepsPerFile).setStyle(ProgressBarStyle.ASCII)
        .setUnit(" notes", stepsPerFile).continuousUpdate().build();
    return new Progress(bar);
  }

  void step(String ignored) {
    if (bar != null) bar.step();
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
  }
}
