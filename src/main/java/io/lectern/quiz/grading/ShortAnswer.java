package io.lectern.quiz.grading;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A typed answer, compared with the accepted answers without regard to case or extra whitespace,
 * or matched against an author's regular expression.
 */
public record ShortAnswer(QuestionInfo info, List<Accepted> accepted, String otherwiseFeedback) implements Question {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/**
	 * One accepted answer: a text, or (when {@code pattern} is set) a regular expression the whole
	 * normalised answer must match, case-insensitively.
	 */
	public record Accepted(String text, Pattern pattern, String feedback) {

		public Accepted {
			if ((text == null) == (pattern == null)) {
				throw new UnfitQuestion("problem.question.textOrPattern");
			}
			feedback = feedback == null ? "" : feedback;
		}

		public static Accepted text(String text, String feedback) {
			return new Accepted(text, null, feedback);
		}

		public static Accepted pattern(String regex, String feedback) {
			return new Accepted(null, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), feedback);
		}

		boolean matches(String normalised) {
			return pattern != null ? pattern.matcher(normalised).matches() : normalise(text).equals(normalised);
		}
	}

	public ShortAnswer {
		accepted = List.copyOf(accepted);
		if (accepted.isEmpty()) {
			throw new UnfitQuestion("problem.question.noAccepted", info.id());
		}
		otherwiseFeedback = otherwiseFeedback == null ? "" : otherwiseFeedback;
	}

	@Override
	public Grade grade(Response response) {
		String given = response instanceof Response.Text text ? normalise(text.value()) : "";
		if (given.isEmpty()) {
			return Grade.of(0, List.of(), "No answer was given.", Reason.of("marking.noAnswer"));
		}
		Optional<Accepted> match = accepted.stream().filter(answer -> answer.matches(given)).findFirst();
		return match.map(answer -> Grade.of(1, List.of(answer.feedback()), "The answer is accepted.", Reason.of("marking.short.accepted")))
			.orElseGet(() -> Grade.of(0, List.of(otherwiseFeedback), "The answer is not one of the accepted answers.",
					Reason.of("marking.short.notAccepted")));
	}

	@Override
	public String creditRule() {
		return "Capital letters and extra spaces do not matter.";
	}

	static String normalise(String text) {
		return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}
}
