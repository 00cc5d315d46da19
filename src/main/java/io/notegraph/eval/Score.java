package io.notegraph.eval;

/**
 * True positives, false positives and false negatives of one relation, with P/R/F1. For the
 * accuracy relations (date, series, offset) a correct value is a TP, a wrong or missing value an
 * FN, and a wrong value also an FP, so recall is the accuracy. Immutable.
 */
public record Score(int tp, int fp, int fn) {
  public static final Score ZERO = new Score(0, 0, 0);

  public Score plus(Score o) {
    return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** TP / (TP + FP); 1 when nothing was predicted. */
  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  /** TP / (TP + FN); 1 when there was nothing to find. */
  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Whether there was anything to count at all. */
  public boolean isEmpty() {
    return tp + fp + fn == 0;
  }

  /** One report line: the label, P, R, F1 and the counts, aligned for a fixed-width table. */
  public String row(String label) {
    return String.format(
        java.util.Locale.ROOT,
        "%-14s %6.3f %6.3f %6.3f %5d %5d %5d",
        label,
        precision(),
        recall(),
        f1(),
        tp,
        fp,
        fn);
  }
}
