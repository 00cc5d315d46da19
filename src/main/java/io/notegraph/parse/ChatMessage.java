package io.notegraph.parse;

import java.time.LocalTime;

/**
 * One message of a chat log pasted into the notes.
 *
 * @param sender who sent it; "Me"/"You" in the log are kept as written and flagged by {@code
 *     fromNoteTaker}
 * @param time time of day the log shows, or null ("Name: message" style logs have none)
 * @param text the message lines joined with '\n'
 * @param fromNoteTaker the log's "Me"/"You": whoever pasted the log
 * @param range the sender header line through the last message line
 */
public record ChatMessage(
    NameRef sender, LocalTime time, String text, boolean fromNoteTaker, SourceRange range) {}
