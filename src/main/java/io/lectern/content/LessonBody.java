package io.lectern.content;

import java.util.function.Supplier;

/**
 * A lesson's sanitized HTML. Most are complete when the content loads; a lesson with formulas that
 * are not in the formula cache yet is completed when it is first shown or when the portal's
 * background typesetting reaches it, so that a course full of mathematics does not hold up the
 * portal's start. Either way it is completed once.
 */
public final class LessonBody {

	private final String placed;
	private volatile Supplier<String> completion;
	private volatile String html;

	private LessonBody(String placed, Supplier<String> completion, String html) {
		this.placed = placed;
		this.completion = completion;
		this.html = html;
	}

	public static LessonBody of(String html) {
		return new LessonBody(html, null, html);
	}

	/**
	 * @param placed the HTML with everything but the formulas, which are markers in it
	 * @param completion writes the formulas into {@code placed}; run once, by the first who asks
	 */
	public static LessonBody completedLater(String placed, Supplier<String> completion) {
		return new LessonBody(placed, completion, null);
	}

	public String html() {
		String done = html;
		if (done != null) {
			return done;
		}
		synchronized (this) {
			if (html == null) {
				html = completion.get();
				completion = null;
			}
			return html;
		}
	}

	/** Whether the formulas are written in (or there were none). */
	public boolean isComplete() {
		return html != null;
	}

	/** Whether an element of the lesson has this id; known without typesetting, as no formula adds one. */
	public boolean hasId(String id) {
		return placed.contains("id=\"" + id + "\"");
	}
}
