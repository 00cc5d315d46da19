package io.notegraph.parse;

import io.notegraph.diag.Diagnostics;
import io.notegraph.testing.SharedCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CorpusDumpTest {
  @Test
  void dump() {
    Diagnostics d = new Diagnostics();
    for (Path p : SharedCorpus.allNotes()) {
      for (FencedBlocks.Parsed b : FencedBlocks.parse(p, d)) {
        LogBlock k = b.block();
        System.out.println("## " + p.getFileName() + ":" + b.firstLine() + " " + k.kind() + " chat=" + k.chat().size() + " turns=" + k.transcript().size() + " att=" + k.transcriptAttendees().size() + " seg=" + k.segments().size());
        for (ChatMessage m : k.chat()) {
          NameRef s = m.sender();
          System.out.println("  C " + m.range().line() + " [" + s.name() + "|" + s.handle() + "|" + s.organization() + "|" + s.range().of(b.text()) + "] " + m.time() + (m.fromNoteTaker() ? " ME" : "") + " :: " + m.text().replace("\n", "\\n").substring(0, Math.min(60, m.text().length())));
        }
        for (Utterance u : k.transcript()) {
          System.out.println("  T " + u.range().line() + " [" + u.speaker().name() + "] " + u.at() + " :: " + u.text().substring(0, Math.min(50, u.text().length())));
        }
        for (NameRef a : k.transcriptAttendees()) System.out.println("  A [" + a.name() + "|" + a.range().of(b.text()) + "]");
      }
    }
    d.all().forEach(x -> System.out.println("DIAG " + x));
  }
}
