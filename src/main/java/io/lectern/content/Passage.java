package io.lectern.content;

/**
 * A stretch of a lesson under one heading, as plain text, for search: a hit can then link to the
 * heading that introduces it rather than to the top of the lesson.
 *
 * @param anchor the id of the heading that starts it, or empty for the text before the first heading
 * @param heading that heading's text, or empty
 * @param text the prose: paragraphs, lists, tables, admonitions
 * @param code the code blocks, kept apart so they can weigh less in search
 */
public record Passage(String anchor, String heading, String text, String code) {
}
