package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Identifiers of code told from names of software by their shape and what touches them. */
class IdentifiersTest {
  private static boolean code(String text, String word) {
    int b = text.indexOf(word);
    return Identifiers.looksLikeCode(text, b, b + word.length());
  }

  @Test
  void typesFunctionsAndPrimitivesAreCode() {
    assertThat(code("the `FrostLedger` type", "FrostLedger")).isTrue();
    assertThat(code("call `merge_ledgers` here", "merge_ledgers")).isTrue();
    assertThat(code("an `u64` or a `usize`", "usize")).isTrue();
    assertThat(code("references `Quill` there", "Quill")).isTrue();
  }

  @Test
  void pathsGenericsCallsAndMethodsAreCode() {
    assertThat(code("use tarn::ledger here", "tarn")).isTrue();
    assertThat(code("a Ledger<T> value", "Ledger")).isTrue();
    assertThat(code("call fenwick() first", "fenwick")).isTrue();
    assertThat(code("then v.retain with a closure", "retain")).isTrue();
  }

  @Test
  void toolNamesAreNotCode() {
    assertThat(code("install `brindlework` first", "brindlework")).isFalse();
    assertThat(code("published on quill.io today", "quill")).isFalse();
    assertThat(code("we moved Brindlework to it", "Brindlework")).isFalse();
  }
}
