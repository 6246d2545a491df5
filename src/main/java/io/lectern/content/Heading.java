package io.lectern.content;

/** A heading of a lesson, listed in its "On this page" table of contents. */
public record Heading(int level, String id, String text) {
}
