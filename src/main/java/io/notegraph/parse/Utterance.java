package io.notegraph.parse;

import java.time.Duration;

/**
 * One speaker turn of a raw transcript (Google Meet, Zoom WebVTT).
 *
 * @param speaker the speaker label, organization in parentheses moved to {@link
 *     NameRef#organization()}
 * @param at offset into the meeting when the transcript gives one (WebVTT cue start, the last
 *     "00:05:00" marker), or null
 */
public record Utterance(NameRef speaker, Duration at, String text, SourceRange range) {}
