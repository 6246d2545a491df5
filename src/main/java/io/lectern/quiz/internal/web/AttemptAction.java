package io.lectern.quiz.internal.web;

/** What the attempt form's two buttons ask for, by the {@code action} value each sends. */
enum AttemptAction {

	SAVE, SUBMIT;

	/** Anything but "submit" saves: an unknown value keeps the answers rather than closing the attempt. */
	static AttemptAction of(String action) {
		return "submit".equals(action) ? SUBMIT : SAVE;
	}
}
