package io.lectern.content;

/**
 * A link in a course's navigation to a page outside the portal, as a Jupyter Book table of contents
 * lists beside its lessons. It is shown as a link and never treated as a lesson.
 */
public record ExternalLink(String title, String url) implements OutlineItem {

	@Override
	public boolean external() {
		return true;
	}
}
