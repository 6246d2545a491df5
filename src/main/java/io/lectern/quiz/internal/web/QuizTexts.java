package io.lectern.quiz.internal.web;

import io.lectern.content.Markdown;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.QuestionInfo;
import io.lectern.quiz.internal.QuestionVersion;
import io.lectern.quiz.internal.QuizVersions;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The author's Markdown in every question (prompts, choices, labels, explanations) rendered to safe
 * HTML once per question version, so pages only assemble it. A version never changes, so neither
 * does its rendering: an attempt shows the texts it started with, and a reload renders only what
 * it changed.
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

	private final Map<String, Rendered> byVersion = new ConcurrentHashMap<>();
	private final Markdown markdown;
	private final QuizVersions versions;

	QuizTexts(Markdown markdown, QuizVersions versions) {
		this.markdown = markdown;
		this.versions = versions;
	}

	Rendered of(QuestionVersion question) {
		return byVersion.computeIfAbsent(question.hash(), hash -> render(question.question()));
	}

	/** A question of the quiz as it is defined now. */
	Rendered of(Quiz quiz, QuizQuestion question) {
		String id = question.question().info().id();
		return of(versions.current(quiz).question(id).orElseThrow(() -> new IllegalArgumentException(
				"Quiz " + quiz.id() + " has no question " + id)));
	}

	private Rendered render(QuizQuestion question) {
		QuestionInfo info = question.question().info();
		Map<String, String> labels = new HashMap<>();
		question.labels().forEach((id, text) -> labels.put(id, markdown.inlineHtml(text)));
		question.choices().forEach(choice -> labels.put(choice.id(), markdown.inlineHtml(choice.text())));
		return new Rendered(markdown.html(info.prompt()), markdown.html(info.explanation()), Map.copyOf(labels));
	}
}
