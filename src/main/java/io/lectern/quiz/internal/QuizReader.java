package io.lectern.quiz.internal;

import io.lectern.authoring.Problems;
import io.lectern.authoring.QuizId;
import io.lectern.authoring.YamlMap;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.ReviewOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a {@code <name>.quiz.yml} definition. Every problem is reported with its file and line; a
 * quiz with any problem is not returned.
 */
public final class QuizReader {

	private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|m|h)?");

	private QuizReader() {
	}

	/**
	 * @param file the definition's path relative to the content folder, for problem reports and
	 *     for resolving the lessons it names
	 * @param lessonUrl the URL of the lesson at a content path, with the anchor of a section after
	 *     {@code #} when one is named, or empty when there is no such lesson or section; quizzes
	 *     name their lessons, and questions the sections that teach them, by file as lessons link to
	 *     each other
	 */
	/** An id that cannot name a quiz in a URL or a record is the author's mistake, shown at its line. */
	private static Optional<QuizId> quizId(YamlMap yaml, String written) {
		Optional<QuizId> id = QuizId.read(written);
		if (id.isEmpty()) {
			yaml.problems().error(yaml.file(), yaml.line("id"), "problem.quiz.idUnfit", written);
		}
		return id;
	}

	public static Optional<Quiz> read(String file, String text, Problems problems,
			Function<String, Optional<String>> lessonUrl) {
		int before = problems.count();
		Optional<YamlMap> parsed = YamlMap.parse(text, file, 1, problems);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlMap yaml = parsed.get();
		Optional<QuizId> id = yaml.required("id").flatMap(written -> quizId(yaml, written));
		Optional<String> title = yaml.required("title");
		String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
		List<String> lessons = yaml.strings("lessons").stream().map(lesson -> dir + lesson).toList();
		lessons.stream()
			.filter(lesson -> lessonUrl.apply(lesson).isEmpty())
			.forEach(lesson -> problems.error(file, yaml.line("lessons"), "problem.question.noLesson", lesson));
		int passMark = number(yaml, "pass_mark", 0, 100).orElse(50);
		OptionalInt attempts = attempts(yaml);
		Quiz.GradingMethod grading = choice(yaml, "grading", Quiz.GradingMethod.class, Quiz.GradingMethod.HIGHEST);
		Optional<Duration> timeLimit = yaml.string("time_limit").flatMap(limit -> duration(yaml, limit));
		List<QuizQuestion> questions = questions(yaml, link -> resolve(link, dir, lessonUrl));
		int draw = number(yaml, "draw", 1, Integer.MAX_VALUE).orElse(0);
		if (draw > questions.size() && !questions.isEmpty()) {
			problems.error(file, yaml.line("draw"), "problem.quiz.draw", draw, questions.size());
		}
		ReviewOptions review = yaml.map("review").map(QuizReader::review).orElse(ReviewOptions.ALL);
		if (problems.count() > before || id.isEmpty() || title.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Quiz(id.get(), title.get(), file, lessons, passMark, attempts, grading, timeLimit,
				flag(yaml, "shuffle_questions", false), flag(yaml, "shuffle_choices", false), draw, review, flag(yaml, "practice", false), questions));
	}

	/** {@code 01-intro.md#keys} relative to the quiz file becomes the lesson's URL with the anchor. */
	private static Optional<String> resolve(String link, String dir, Function<String, Optional<String>> lessonUrl) {
		return lessonUrl.apply(dir + link);
	}

	private static List<QuizQuestion> questions(YamlMap yaml, Function<String, Optional<String>> lessonLink) {
		List<Node> items = yaml.list("questions");
		if (items.isEmpty()) {
			yaml.problems().error(yaml.file(), yaml.line("questions"), "problem.quiz.noQuestions");
		}
		Set<String> ids = new HashSet<>();
		List<QuizQuestion> questions = new ArrayList<>();
		for (Node item : items) {
			yaml.asMap(item, "questions").ifPresent(question -> {
				Optional<String> id = question.string("id");
				if (id.isPresent() && !ids.add(id.get())) {
					yaml.problems().error(yaml.file(), yaml.lineOf(item), "problem.quiz.questionIdTwice", id.get());
					return;
				}
				QuestionReader.read(question, lessonLink).ifPresent(questions::add);
			});
		}
		return questions;
	}

	private static ReviewOptions review(YamlMap review) {
		return new ReviewOptions(flag(review, "score", true), flag(review, "right_or_wrong", true),
				flag(review, "feedback", true), flag(review, "explanations", true),
				choice(review, "correct_answers", ReviewOptions.CorrectAnswers.class, ReviewOptions.CorrectAnswers.IMMEDIATELY));
	}

	private static OptionalInt attempts(YamlMap yaml) {
		Optional<String> value = yaml.string("attempts");
		if (value.isEmpty() || value.get().equalsIgnoreCase("unlimited")) {
			return OptionalInt.empty();
		}
		return number(yaml, "attempts", 1, 1000).map(OptionalInt::of).orElse(OptionalInt.empty());
	}

	static Optional<Integer> number(YamlMap yaml, String key, int min, int max) {
		return yaml.string(key).flatMap(text -> {
			try {
				int value = Integer.parseInt(text);
				if (value >= min && value <= max) {
					return Optional.of(value);
				}
			}
			catch (NumberFormatException notANumber) {
				// reported below
			}
			yaml.problems().error(yaml.file(), yaml.line(key), max == Integer.MAX_VALUE ? "problem.quiz.wholeNumberFrom" : "problem.quiz.wholeNumberBetween", key, min, max, text);
			return Optional.empty();
		});
	}

	static boolean flag(YamlMap yaml, String key, boolean otherwise) {
		return yaml.string(key).map(text -> {
			if (!text.equals("true") && !text.equals("false")) {
				yaml.problems().error(yaml.file(), yaml.line(key), "problem.quiz.trueOrFalse", key);
			}
			return text.equals("true");
		}).orElse(otherwise);
	}

	static <E extends Enum<E>> E choice(YamlMap yaml, String key, Class<E> type, E otherwise) {
		return yaml.string(key).map(text -> {
			try {
				return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
			}
			catch (IllegalArgumentException unknown) {
				List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
					.map(constant -> constant.name().toLowerCase(Locale.ROOT))
					.toList();
				yaml.problems().error(yaml.file(), yaml.line(key), "problem.quiz.oneOf", key, allowed.toString());
				return otherwise;
			}
		}).orElse(otherwise);
	}

	private static Optional<Duration> duration(YamlMap yaml, String text) {
		Matcher matcher = DURATION.matcher(text.strip());
		if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
			yaml.problems().error(yaml.file(), yaml.line("time_limit"),
					"problem.quiz.timeLimit");
			return Optional.empty();
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = matcher.group(2) == null ? "m" : matcher.group(2);
		return Optional.of(switch (unit) {
			case "s" -> Duration.ofSeconds(amount);
			case "h" -> Duration.ofHours(amount);
			default -> Duration.ofMinutes(amount);
		});
	}
}
