package io.notegraph.parse;

import java.util.regex.Pattern;

/**
 * The words of generated meeting summaries and meeting software's exports (Google Meet "Notes by
 * Gemini", Zoom AI Companion, Teams Copilot recaps, Otter.ai), for the {@link LayoutSignal} rows
 * that read them. The tools differ in wording, not in shape: a caption for the recap, one for the
 * topics, one for the tasks, a footer. Stateless.
 */
final class SummaryWords {
  /**
   * A note (or a fenced block) written by a summarising tool: its own marks, or an AI disclaimer.
   * Captions alone ("Summary", "Next steps") are not enough: hand-written minutes use them too.
   */
  static final Pattern MARK =
      Pattern.compile(
          "(?im)notes\\s+by\\s+gemini|gemini'?s\\s+notes|^\\W*meeting\\s+summary\\s+for\\b"
              + "|^\\W*quick\\s+recap\\W*$|^\\W*suggested\\s+next\\s+steps\\W*$"
              + "|^\\W*follow[-\\s]?up\\s+tasks\\W*$|ai[-\\s]generated\\s+content"
              + "|\\b(?:recap|summary|notes)\\s+(?:generated|written|taken)\\s+by\\b"
              + "|^\\W*summary\\s+keywords\\W*$|transcribed\\s+by\\s+\\S*otter"
              + "|\\bgenerated\\s+by\\s+(?:ai|copilot|gemini|zoom|otter)\\b");

  /** The first line of a summary pasted in a fence: the tool's own header. */
  static final Pattern FENCE_START =
      Pattern.compile(
          "(?i)^\\W*(?:meeting\\s+(?:summary|recap)(?:\\s+for\\b.*)?|quick\\s+recap"
              + "|ai\\s+(?:meeting\\s+)?(?:summary|notes)|.*\\bnotes\\s+by\\s+gemini)\\W*$");

  /** "Meeting summary for TITLE (03/04/2025)": the meeting's own name and date. */
  static final Pattern TITLE_LINE =
      Pattern.compile("(?i)^\\W*meeting\\s+(?:summary|recap|notes)\\s+(?:for|of)\\s+(.+?)\\s*$");

  /**
   * A caption of the summary itself, no agenda item: the recap, the topic list, the tool's record
   * lines. Read only in a generated summary.
   */
  static final Pattern CAPTION =
      Pattern.compile(
          "(?i)^\\W*(?:summary|quick\\s+recap|recap|details|meeting\\s+notes|notes|ai\\s+notes"
              + "|key\\s+(?:points|takeaways|topics)|topics\\s+discussed|discussion\\s+points"
              + "|outline|overview|summary\\s+keywords|keywords|highlights|chapters"
              + "|attachments|meeting\\s+records)\\W*$");

  /** Captions over the topics themselves (the others hold the recap prose). */
  static final Pattern TOPICS_CAPTION =
      Pattern.compile(
          "(?i)^\\W*(?:summary|details|meeting\\s+notes|notes|ai\\s+notes|key\\s+(?:points|topics)"
              + "|topics\\s+discussed|discussion\\s+points|outline|chapters)\\W*$");

  /** Lines the tool adds to every summary: boilerplate, never text of the meeting. */
  static final Pattern FOOTER =
      Pattern.compile(
          "(?i)^\\W*(?:you\\s+should\\s+review\\s+\\w+'?s\\s+notes|please\\s+provide\\s+feedback"
              + "|ai[-\\s]generated\\s+content|this\\s+editable\\s+transcript|transcribed\\s+by\\b"
              + "|(?:recap|summary|notes)\\s+(?:generated|written)\\s+by\\b"
              + "|get\\s+tips\\s+and\\s+learn|transcription\\s+ended\\s+after"
              + "|(?:attachments|meeting\\s+records)\\b)");

  /** "Invited [Ana](mailto:...) [Bo](mailto:...)": the people the meeting was sent to. */
  static final Pattern INVITED = Pattern.compile("(?i)^\\W*invit(?:ed|ees)\\b\\s*:?");

  /** "SPEAKERS" over "Ana Ruiz, Bo Lind, Speaker 1" (Otter): the people who spoke. */
  static final Pattern SPEAKERS = Pattern.compile("(?i)^\\W*speakers\\W*$");

  /** "Speaker 1", "Unknown Speaker", "Guest": a voice the tool could not name. */
  static final Pattern UNNAMED_SPEAKER =
      Pattern.compile("(?i)^\\W*(?:unknown\\s+)?(?:speaker|guest|participant)(?:\\s+\\d+)?\\W*$");

  private SummaryWords() {}
}
