package io.lectern.quiz.internal;

import io.lectern.authoring.YamlMap;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Choice;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.MultipleResponse;
import io.lectern.quiz.grading.NumericAnswer;
import io.lectern.quiz.grading.Ordering;
import io.lectern.quiz.grading.Question;
import io.lectern.quiz.grading.QuestionInfo;
import io.lectern.quiz.grading.ShortAnswer;
import io.lectern.quiz.grading.SingleChoice;
import io.lectern.quiz.grading.UnfitQuestion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one question of a quiz definition into its grading type and display labels. */
final class QuestionReader {

	static final List<String> TYPES = List.of("single_choice", "multiple_response", "true_false", "short_answer",
			"numeric", "matching", "ordering");

	private final YamlMap yaml;
	private final Function<String, Optional<String>> lessonLink;
	private final Map<String, String> labels = new LinkedHashMap<>();

	private QuestionReader(YamlMap yaml, Function<String, Optional<String>> lessonLink) {
		this.yaml = yaml;
		this.lessonLink = lessonLink;
	}

	static Optional<QuizQuestion> read(YamlMap yaml, Function<String, Optional<String>> lessonLink) {
		return new QuestionReader(yaml, lessonLink).read();
	}

	private Optional<QuizQuestion> read() {
		Optional<String> id = yaml.required("id");
		Optional<String> prompt = yaml.required("prompt");
		Optional<String> type = yaml.required("type");
		if (type.isPresent() && !TYPES.contains(type.get())) {
			yaml.problems().error(yaml.file(), yaml.line("type"), "problem.question.unknownType", type.get(), TYPES.toString());
			return Optional.empty();
		}
		Optional<BigDecimal> points = decimal("points");
		Optional<String> lesson = yaml.string("lesson").flatMap(link -> {
			Optional<String> url = lessonLink.apply(link);
			if (url.isEmpty()) {
				yaml.problems().error(yaml.file(), yaml.line("lesson"), link.contains("#") ? "problem.question.noHeading" : "problem.question.noLesson", link);
			}
			return url;
		});
		if (id.isEmpty() || prompt.isEmpty() || type.isEmpty()) {
			return Optional.empty();
		}
		try {
			QuestionInfo info = new QuestionInfo(id.get(), prompt.get(), yaml.strings("topics"),
					points.orElse(BigDecimal.ONE).doubleValue(), yaml.string("explanation").orElse(""),
					lesson.orElse(""));
			return question(type.get(), info).map(question -> new QuizQuestion(type.get(), question, labels));
		}
		catch (UnfitQuestion unfit) {
			yaml.problems().error(yaml.file(), yaml.line("id"), unfit.key(), unfit.arguments());
			return Optional.empty();
		}
	}

	private Optional<Question> question(String type, QuestionInfo info) {
		return switch (type) {
			case "single_choice" -> Optional.of(new SingleChoice(info, choices()));
			case "multiple_response" -> Optional.of(new MultipleResponse(info, choices(), QuizReader.choice(yaml, "scoring",
					MultipleResponse.Scoring.class, MultipleResponse.Scoring.PARTIAL)));
			case "true_false" -> yaml.required("answer")
				.map(answer -> SingleChoice.trueFalse(info, QuizReader.flag(yaml, "answer", false),
						yaml.string("feedback_true").orElse(""), yaml.string("feedback_false").orElse("")));
			case "short_answer" -> Optional.of(new ShortAnswer(info, accepted(), yaml.string("otherwise_feedback").orElse("")));
			case "numeric" -> decimal("answer").map(answer -> new NumericAnswer(info, answer,
					decimal("tolerance").orElse(BigDecimal.ZERO), yaml.string("feedback").orElse("")));
			case "matching" -> matching(info);
			default -> Optional.of(new Ordering(info, items("items").stream().map(Item::id).toList()));
		};
	}

	private List<Choice> choices() {
		List<Choice> choices = new ArrayList<>();
		List<Node> nodes = yaml.list("choices");
		for (int i = 0; i < nodes.size(); i++) {
			String fallbackId = String.valueOf((char) ('a' + Math.min(i, 25)));
			yaml.asMap(nodes.get(i), "choices").map(choice -> choice.allowOnly("id", "text", "correct", "feedback"))
				.ifPresent(choice -> choices.add(new Choice(
					choice.string("id").orElse(fallbackId), choice.required("text").orElse(""),
					QuizReader.flag(choice, "correct", false), choice.string("feedback").orElse(""))));
		}
		return choices;
	}

	private List<ShortAnswer.Accepted> accepted() {
		List<ShortAnswer.Accepted> accepted = new ArrayList<>();
		for (Node node : yaml.list("answers")) {
			yaml.asMap(node, "answers").map(answer -> answer.allowOnly("text", "pattern", "feedback")).ifPresent(answer -> {
				String feedback = answer.string("feedback").orElse("");
				Optional<String> pattern = answer.string("pattern");
				try {
					accepted.add(pattern.isPresent() ? ShortAnswer.Accepted.pattern(pattern.get(), feedback)
							: ShortAnswer.Accepted.text(answer.required("text").orElse(""), feedback));
				}
				catch (PatternSyntaxException invalid) {
					yaml.problems().error(yaml.file(), answer.line("pattern"),
							"problem.question.pattern", invalid.getDescription());
				}
			});
		}
		return accepted;
	}

	private Optional<Question> matching(QuestionInfo info) {
		Map<String, String> pairs = new LinkedHashMap<>();
		boolean[] unmatched = { false };
		for (Node node : yaml.list("items")) {
			yaml.asMap(node, "items").map(item -> item.allowOnly("id", "text", "match")).ifPresent(item -> {
				Optional<String> itemId = item.required("id");
				Optional<String> match = item.string("match");
				if (match.isEmpty()) {
					unmatched[0] = true;
					yaml.problems().error(yaml.file(), yaml.lineOf(node),
							"problem.question.noMatch", itemId.orElse("?"));
				}
				itemId.ifPresent(id -> {
					labels.put(id, item.string("text").orElse(id));
					match.ifPresent(option -> pairs.put(id, option));
				});
			});
		}
		Set<String> itemIds = Set.copyOf(pairs.keySet());
		List<Item> options = items("options");
		for (Item option : options) {
			if (itemIds.contains(option.id())) {
				// One id naming both would leave the page unable to tell which label to show.
				yaml.problems().error(yaml.file(), yaml.line("options"),
						"problem.question.optionIsItem", option.id());
				return Optional.empty();
			}
		}
		if (unmatched[0]) {
			return Optional.empty();
		}
		return Optional.of(new Matching(info, pairs, options.stream().map(Item::id).collect(
				java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new))));
	}

	private record Item(String id, String text) {
	}

	private List<Item> items(String key) {
		List<Item> items = new ArrayList<>();
		for (Node node : yaml.list(key)) {
			yaml.asMap(node, key).map(item -> item.allowOnly("id", "text")).ifPresent(item -> item.required("id").ifPresent(id -> {
				String text = item.string("text").orElse(id);
				labels.put(id, text);
				items.add(new Item(id, text));
			}));
		}
		return items;
	}

	private Optional<BigDecimal> decimal(String key) {
		return yaml.string(key).flatMap(text -> {
			try {
				return Optional.of(new BigDecimal(text));
			}
			catch (NumberFormatException notANumber) {
				yaml.problems().error(yaml.file(), yaml.line(key), "problem.quiz.notANumber", key, text);
				return Optional.empty();
			}
		});
	}
}
