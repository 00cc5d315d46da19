package io.notegraph.parse;

/**
 * A question asked in a Q&A / open forum section, with the answer the notes record.
 *
 * @param index 1-based position within its section
 * @param asker who asked, when the notes say ("(jdoss)"), or null
 * @param answer the answer's text, or null
 */
public record Question(int index, String text, NameRef asker, String answer, SourceRange range) {}
