package io.lectern.quiz.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.i18n.InterfaceMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A pattern that accepts a short answer reads on the review page in the reader's language, from
 * the bundles, and in the JSON API in English, from the code: the two English wordings are the same.
 */
class CorrectPartWordingTest {

	private final InterfaceMessages messages = new InterfaceMessages();

	@Test
	void theApisEnglishIsTheBundlesEnglish() {
		QuestionReview.CorrectPart part = QuestionReview.CorrectPart.matching("sse ?- ?c");

		assertThat(part.inEnglish()).isEqualTo(messages.getMessage("answer.anyMatching", new Object[] { "sse ?- ?c" }, Locale.ENGLISH));
	}

	@Test
	void thePageEscapesThePatternAndSaysTheRestInTheReadersLanguage() {
		QuestionReview.CorrectPart part = QuestionReview.CorrectPart.matching("<b>|a&b");

		assertThat(part.patternHtml()).isEqualTo("<code dir=\"ltr\">&lt;b&gt;|a&amp;b</code>");
		assertThat(messages.getMessage("answer.anyMatching", new Object[] { part.patternHtml() }, Locale.GERMAN))
			.isEqualTo("jede Antwort, auf die <code dir=\"ltr\">&lt;b&gt;|a&amp;b</code> passt");
	}

	@Test
	void aTextAnswerIsItsHtmlEverywhere() {
		QuestionReview.CorrectPart part = QuestionReview.CorrectPart.of("SSE-C");

		assertThat(part.isPattern()).isFalse();
		assertThat(part.inEnglish()).isEqualTo("SSE-C");
	}
}
