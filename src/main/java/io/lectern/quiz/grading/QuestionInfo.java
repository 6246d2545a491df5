package io.lectern.quiz.grading;

import java.util.List;
import java.util.Objects;

/**
 * What every question carries, whatever its type.
 *
 * @param id stable id, unique within its quiz
 * @param prompt the question, in Markdown
 * @param topics topic tags such as {@code iam-roles}, for mastery per topic
 * @param points the most the question can earn
 * @param explanation why the answer is what it is, in Markdown; shown in review only
 * @param lessonLink the lesson section that teaches it, or empty
 */
public record QuestionInfo(String id, String prompt, List<String> topics, double points, String explanation,
		String lessonLink) {

	public QuestionInfo {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(prompt, "prompt");
		topics = List.copyOf(topics);
		if (!(points > 0)) {
			throw new UnfitQuestion("problem.question.points", id);
		}
		explanation = explanation == null ? "" : explanation;
		lessonLink = lessonLink == null ? "" : lessonLink;
	}
}
