package io.notegraph.parse;

import java.time.OffsetDateTime;

/**
 * A "Next Meeting: ..." announcement.
 *
 * @param series the series named ("Podman Community Cabal Meeting") or null for "this series"
 * @param when date and time as announced (offset as stated, else the default zone)
 */
public record NextMeeting(String series, OffsetDateTime when, SourceRange range) {}
