package io.notegraph.parse;

import java.util.List;

/**
 * A topic on an agenda list or proposed for a next meeting.
 *
 * @param text the topic, Markdown and proposer stripped
 * @param proposers who proposed or will lead it ("- Dan Walsh/All"), possibly empty
 */
public record Topic(String text, List<NameRef> proposers, SourceRange range) {
  public Topic {
    proposers = List.copyOf(proposers);
  }
}
