package io.notegraph.parse;

import java.util.List;
import java.util.Objects;

/**
 * A task the meeting gave someone: "Josh to reach out to the libs team", "- [ ] update the docs
 *
 * @alice", "AI: Mark to write it up".
 * @param task the task as written, without its checkbox, "AI:" prefix or trailing "@assignee"
 * @param agents the people it was given to, in order (empty when the notes name nobody)
 * @param done whether the notes tick it off ("[x]")
 * @param range the whole item
 */
public record ActionItem(String task, List<NameRef> agents, boolean done, SourceRange range) {
  public ActionItem {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(range, "range");
    agents = List.copyOf(agents);
    if (task.isBlank()) throw new IllegalArgumentException("blank task");
  }
}
