package io.notegraph.ingest;

import java.nio.file.Path;

/**
 * A file found under an input root, not yet read.
 *
 * @param path where it is
 * @param name path relative to the root it was found under, '/'-separated (see {@link
 *     SourceDocument#name()})
 */
public record InputFile(Path path, String name) {}
