package io.lectern.quiz;

import io.lectern.authoring.QuizId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.web.util.UriUtils;

/**
 * A quiz as its author defined it in a {@code <name>.quiz.yml} file.
 *
 * @param source the definition file, relative to the content folder
 * @param lessons lesson files the quiz belongs to, relative to the content folder
 * @param passMark the percentage needed to pass, 0 to 100
 * @param attemptsAllowed how many attempts a learner has; empty for unlimited
 * @param timeLimit how long an attempt may take; empty for no limit
 * @param draw how many questions each attempt draws from the pool; 0 for all of them
 * @param practice whether learners may check answers one question at a time, outside any attempt
 */
public record Quiz(QuizId id, String title, String source, List<String> lessons, int passMark,
		OptionalInt attemptsAllowed, GradingMethod grading, Optional<Duration> timeLimit, boolean shuffleQuestions,
		boolean shuffleChoices, int draw, ReviewOptions review, boolean practice, List<QuizQuestion> questions) {

	public Quiz {
		lessons = List.copyOf(lessons);
		questions = List.copyOf(questions);
	}

	/** How a learner's attempts combine into their result for the quiz. */
	public enum GradingMethod {
		HIGHEST, LATEST, FIRST, AVERAGE
	}

	public Optional<QuizQuestion> question(String questionId) {
		return questions.stream().filter(question -> question.question().info().id().equals(questionId)).findFirst();
	}

	/** The address of the quiz's page. */
	public String url() {
		return url(id);
	}

	public static String url(QuizId quizId) {
		return "/quizzes/" + UriUtils.encodePathSegment(quizId.value(), StandardCharsets.UTF_8);
	}

	/** How many questions an attempt has. */
	public int questionsPerAttempt() {
		return draw == 0 ? questions.size() : draw;
	}
}
