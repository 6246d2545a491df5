package io.lectern.quiz.grading;

/**
 * One option of a choice question.
 *
 * @param id stable id, unique within its question
 * @param text the option, in Markdown
 * @param feedback shown in review to a learner who picked it
 */
public record Choice(String id, String text, boolean correct, String feedback) {

	public Choice {
		feedback = feedback == null ? "" : feedback;
	}
}
