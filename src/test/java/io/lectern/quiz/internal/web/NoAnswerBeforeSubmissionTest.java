package io.lectern.quiz.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.Markdown;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.grading.Choice;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.NumericAnswer;
import io.lectern.quiz.grading.Ordering;
import io.lectern.quiz.grading.Question;
import io.lectern.quiz.grading.ShortAnswer;
import io.lectern.web.Browser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The integrity promise: before an attempt is submitted, no page or JSON holds a correct answer,
 * feedback or explanation, for every quiz in the content folder. The texts are looked for as the
 * author wrote them and as they are rendered; the choice controls are checked to be alike, so
 * nothing in the markup tells the right choice from the others.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:mem:full")
class NoAnswerBeforeSubmissionTest {

	private static final Pattern CONTROL = Pattern.compile("<(input|option|select|label|fieldset)\\b([^>]*)>");
	private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)(?:=\"[^\"]*\")?");
	private static final Set<String> NEUTRAL_ATTRIBUTES = Set.of("type", "name", "value", "checked", "selected", "id",
			"for", "class", "maxlength", "autocomplete", "spellcheck", "inputmode", "aria-describedby",
			"lang", "dir");

	@LocalServerPort
	int port;

	@Autowired
	Quizzes quizzes;

	@Test
	void noPageOrJsonOfAnAttemptInProgressHoldsAnAnswerFeedbackOrExplanation() {
		assertThat(quizzes.all()).isNotEmpty();
		for (Quiz quiz : quizzes.all()) {
			Browser learner = Browser.newLearner(port);
			String intro = ok(learner.get("/quizzes/" + quiz.id()));
			String attempt = Browser.location(learner.submit("/quizzes/" + quiz.id() + "/attempts"));
			String page = ok(learner.get(attempt));
			String json = ok(learner.sendJson("GET", "/api" + attempt, null));
			String quizJson = ok(learner.sendJson("GET", "/api/quizzes/" + quiz.id(), null));

			for (String response : List.of(intro, page, json, quizJson)) {
				String readable = HtmlUtils.htmlUnescape(response.replace("\\\"", "\"").replace("\\u003C", "<"));
				for (String secret : secrets(quiz)) {
					assertThat(readable).as("%s must not show %s before submission", quiz.id(), secret).doesNotContain(secret);
				}
				assertThat(response).doesNotContainIgnoringCase("\"correct").doesNotContain("\"explanation\"",
						"\"feedback\"");
			}
			assertControlsAreAlike(page);
		}
	}

	private static String ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** Texts that would give an answer away: feedback, explanations, accepted answers and right orders. */
	private static List<String> secrets(Quiz quiz) {
		List<String> secrets = new ArrayList<>();
		for (QuizQuestion quizQuestion : quiz.questions()) {
			Question question = quizQuestion.question();
			addText(secrets, question.info().explanation());
			for (Choice choice : quizQuestion.choices()) {
				addText(secrets, choice.feedback());
			}
			if (question instanceof ShortAnswer shortAnswer) {
				addText(secrets, shortAnswer.otherwiseFeedback());
				for (ShortAnswer.Accepted accepted : shortAnswer.accepted()) {
					addText(secrets, accepted.text());
					addText(secrets, accepted.feedback());
					if (accepted.pattern() != null) {
						secrets.add(accepted.pattern().pattern());
					}
				}
			}
			if (question instanceof NumericAnswer numeric) {
				addText(secrets, numeric.feedback());
				secrets.add("\"answer\":" + numeric.answer().toPlainString());
			}
			if (question instanceof Matching matching) {
				matching.items().forEach((item, option) -> secrets.add("\"" + item + "\":\"" + option + "\""));
			}
			if (question instanceof Ordering ordering) {
				secrets.add(String.join("\",\"", ordering.order()));
			}
		}
		return secrets;
	}

	private static void addText(List<String> secrets, String text) {
		if (text != null && !text.isBlank()) {
			secrets.add(text);
			secrets.add(HtmlUtils.htmlUnescape(Markdown.toInlineHtml(text)));
		}
	}

	/** Form controls carry only neutral attributes: no class, data or aria value marks the right one. */
	private static void assertControlsAreAlike(String page) {
		int start = page.indexOf("<form class=\"attempt-form\"");
		String form = page.substring(start, page.indexOf("</form>", start));
		Matcher control = CONTROL.matcher(form);
		int seen = 0;
		while (control.find()) {
			seen++;
			Matcher attribute = ATTRIBUTE.matcher(control.group(2));
			while (attribute.find()) {
				assertThat(NEUTRAL_ATTRIBUTES).as("attribute of %s", control.group()).contains(attribute.group(1));
			}
			assertThat(control.group()).doesNotContainIgnoringCase("correct").doesNotContainIgnoringCase("right");
		}
		assertThat(seen).isGreaterThan(10);
	}
}
