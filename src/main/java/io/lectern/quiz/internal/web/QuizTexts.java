package io.lectern.quiz.internal.web;

import io.lectern.content.Markdown;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.grading.QuestionInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The author's Markdown in every quiz (prompts, choices, labels, explanations) rendered to safe
 * HTML once, at start-up, so pages only assemble it.
 */
@Component
class QuizTexts {

	/** One question's texts as HTML; {@code labels} holds choice texts and item and option labels by id. */
	record Rendered(String prompt, String explanation, Map<String, String> labels) {

		String label(String id) {
			return labels.getOrDefault(id, "");
		}

		/** A label as plain text, for places that take no markup such as a select's options. */
		String plainLabel(String id) {
			return HtmlUtils.htmlUnescape(TAG.matcher(label(id)).replaceAll(""));
		}
	}

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private final Map<String, Rendered> byQuestion = new HashMap<>();

	QuizTexts(Quizzes quizzes, Markdown markdown) {
		for (Quiz quiz : quizzes.all()) {
			for (QuizQuestion question : quiz.questions()) {
				QuestionInfo info = question.question().info();
				Map<String, String> labels = new HashMap<>();
				question.labels().forEach((id, text) -> labels.put(id, markdown.inlineHtml(text)));
				question.choices().forEach(choice -> labels.put(choice.id(), markdown.inlineHtml(choice.text())));
				byQuestion.put(key(quiz, info.id()), new Rendered(markdown.html(info.prompt()),
						markdown.html(info.explanation()), Map.copyOf(labels)));
			}
		}
	}

	Rendered of(Quiz quiz, String questionId) {
		return byQuestion.get(key(quiz, questionId));
	}

	private static String key(Quiz quiz, String questionId) {
		return quiz.id() + "\n" + questionId;
	}
}
