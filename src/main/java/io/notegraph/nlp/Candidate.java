package io.notegraph.nlp;

/** A find before overlap resolution: absolute offsets into the document text. */
record Candidate(
    EntityType type, int begin, int end, double confidence, String finder, String refersTo) {
  Candidate(EntityType type, int begin, int end, double confidence, String finder) {
    this(type, begin, end, confidence, finder, null);
  }

  int length() {
    return end - begin;
  }

  boolean overlaps(Candidate o) {
    return begin < o.end && o.begin < end;
  }

  /** Lower wins between finds of the same length: structure, gazetteer, pattern, model. */
  int rank() {
    return switch (finder) {
      case Recognizer.STRUCTURE -> 0;
      case Recognizer.GAZETTEER -> 1;
      case Recognizer.PATTERN -> 2;
      default -> 3;
    };
  }
}
