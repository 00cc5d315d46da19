package io.notegraph.parse;

import java.time.Duration;

/** A demo inside an agenda section, with its offset into the recording when given. */
public record Demo(Duration offset, SourceRange range) {}
