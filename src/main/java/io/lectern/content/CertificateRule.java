package io.lectern.content;

import io.lectern.authoring.QuizId;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * When a course awards a certificate, as its {@code course.yml} says under {@code certificate:}:
 * never (the default), when the course is complete, or when the learner's best attempt at each
 * of the quizzes it requires passed (or reached {@code min_percent}, when the author gives one).
 *
 * @param requiredQuizzes the ids of the quizzes that earn it; empty when completing the course does
 * @param minPercent the least score each required quiz must have reached, instead of its own pass mark
 * @param writtenIn the {@code course.yml} that names the quizzes, and {@code line} the line of its
 *     {@code requires:}, for reporting a quiz that does not exist; empty and 0 when none are named
 */
public record CertificateRule(boolean offered, List<QuizId> requiredQuizzes, OptionalInt minPercent, String writtenIn,
		int line) {

	public static final CertificateRule NONE = new CertificateRule(false, List.of(), OptionalInt.empty(), "", 0);

	public static final CertificateRule ON_COMPLETION = new CertificateRule(true, List.of(), OptionalInt.empty(), "", 0);

	public CertificateRule {
		requiredQuizzes = List.copyOf(requiredQuizzes);
	}

	/** Whether completing the course earns the certificate, rather than passing quizzes. */
	public boolean onCompletion() {
		return offered && requiredQuizzes.isEmpty();
	}

	/** Whether an attempt at the quiz can earn the certificate. */
	public boolean requires(QuizId quizId) {
		return offered && requiredQuizzes.contains(quizId);
	}

	/** Whether an attempt with this score (and the quiz's own verdict) meets the rule for its quiz. */
	public boolean met(double percent, boolean passed) {
		return minPercent.isPresent() ? percent >= minPercent.getAsInt() : passed;
	}

	/** The rule in words, for the certificate's criteria and the course page. */
	public String inWords() {
		if (onCompletion()) {
			return "Complete every lesson and quiz of the course.";
		}
		String quizzes = requiredQuizzes.stream().map(QuizId::value).collect(Collectors.joining(", "));
		return minPercent.isPresent()
				? "Score at least " + minPercent.getAsInt() + "% on " + (requiredQuizzes.size() == 1 ? "the quiz " : "each of the quizzes ") + quizzes + "."
				: "Pass " + (requiredQuizzes.size() == 1 ? "the quiz " : "each of the quizzes ") + quizzes + ".";
	}
}
