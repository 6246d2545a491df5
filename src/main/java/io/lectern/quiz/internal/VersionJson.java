package io.lectern.quiz.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * Question and quiz versions as the JSON they are kept in, and the SHA-256 of that JSON as their
 * name. The JSON holds correct answers: it is for the database only, never for a page or a client.
 */
final class VersionJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record QuestionJson(String type, String id, String prompt, List<String> topics, double points, String explanation,
			String lessonLink, List<ChoiceJson> choices, String scoring, List<AcceptedJson> accepted,
			String otherwiseFeedback, String answer, String tolerance, String feedback, Map<String, String> matches,
			List<String> options, List<String> order, Map<String, String> labels) {
	}

	record ChoiceJson(String id, String text, boolean correct, String feedback) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AcceptedJson(String text, String pattern, String feedback) {
	}

	record QuizJson(String quizId, int passMark, boolean shuffleChoices, List<Entry> questions) {
	}

	/** A question of a quiz version, by the hash of its own version. */
	record Entry(String id, String version) {
	}

	private VersionJson() {
	}

	static QuestionVersion version(QuizQuestion question) {
		return new QuestionVersion(sha256(json(question)), question);
	}

	static QuizVersion quizVersion(String quizId, int passMark, boolean shuffleChoices, List<QuestionVersion> questions) {
		return new QuizVersion(sha256(json(quizId, passMark, shuffleChoices, questions)), quizId, passMark, shuffleChoices,
				questions);
	}

	static String json(String quizId, int passMark, boolean shuffleChoices, List<QuestionVersion> questions) {
		return JSON.writeValueAsString(new QuizJson(quizId, passMark, shuffleChoices,
				questions.stream().map(question -> new Entry(question.id(), question.hash())).toList()));
	}

	/** A kept quiz version, its questions found by their hashes. */
	static QuizVersion quiz(String hash, String json, Function<String, QuestionVersion> questionByHash) {
		QuizJson quiz = JSON.readValue(json, QuizJson.class);
		return new QuizVersion(hash, quiz.quizId(), quiz.passMark(), quiz.shuffleChoices(),
				quiz.questions().stream().map(entry -> questionByHash.apply(entry.version())).toList());
	}

	static String json(QuizQuestion quizQuestion) {
		Question question = quizQuestion.question();
		QuestionInfo info = question.info();
		List<ChoiceJson> choices = quizQuestion.choices().isEmpty() ? null : quizQuestion.choices().stream()
			.map(choice -> new ChoiceJson(choice.id(), choice.text(), choice.correct(), choice.feedback()))
			.toList();
		String scoring = question instanceof MultipleResponse multiple ? multiple.scoring().name() : null;
		List<AcceptedJson> accepted = question instanceof ShortAnswer typed ? typed.accepted().stream()
			.map(answer -> new AcceptedJson(answer.text(), answer.pattern() == null ? null : answer.pattern().pattern(),
					answer.feedback()))
			.toList() : null;
		String otherwise = question instanceof ShortAnswer typed ? typed.otherwiseFeedback() : null;
		NumericAnswer numeric = question instanceof NumericAnswer number ? number : null;
		Matching matching = question instanceof Matching pairs ? pairs : null;
		return JSON.writeValueAsString(new QuestionJson(quizQuestion.type(), info.id(), info.prompt(), info.topics(),
				info.points(), info.explanation(), info.lessonLink(), choices, scoring, accepted, otherwise,
				numeric == null ? null : numeric.answer().toString(), numeric == null ? null : numeric.tolerance().toString(),
				numeric == null ? null : numeric.feedback(), matching == null ? null : matching.items(),
				matching == null ? null : List.copyOf(matching.options()),
				question instanceof Ordering ordering ? ordering.order() : null, quizQuestion.labels()));
	}

	static QuizQuestion question(String json) {
		QuestionJson kept = JSON.readValue(json, QuestionJson.class);
		QuestionInfo info = new QuestionInfo(kept.id(), kept.prompt(), kept.topics(), kept.points(), kept.explanation(),
				kept.lessonLink());
		Question question = switch (kept.type()) {
			case "single_choice", "true_false" -> new SingleChoice(info, choices(kept));
			case "multiple_response" -> new MultipleResponse(info, choices(kept), MultipleResponse.Scoring.valueOf(kept.scoring()));
			case "short_answer" -> new ShortAnswer(info, kept.accepted().stream()
				.map(answer -> answer.pattern() != null ? ShortAnswer.Accepted.pattern(answer.pattern(), answer.feedback())
						: ShortAnswer.Accepted.text(answer.text(), answer.feedback()))
				.toList(), kept.otherwiseFeedback());
			case "numeric" -> new NumericAnswer(info, new BigDecimal(kept.answer()), new BigDecimal(kept.tolerance()),
					kept.feedback());
			case "matching" -> new Matching(info, kept.matches(), new LinkedHashSet<>(kept.options()));
			case "ordering" -> new Ordering(info, kept.order());
			default -> throw new IllegalStateException("A kept question of unknown type " + kept.type());
		};
		return new QuizQuestion(kept.type(), question, kept.labels());
	}

	private static List<Choice> choices(QuestionJson kept) {
		return kept.choices().stream()
			.map(choice -> new Choice(choice.id(), choice.text(), choice.correct(), choice.feedback()))
			.toList();
	}

	static String sha256(String json) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException never) {
			throw new IllegalStateException("Every Java platform has SHA-256", never);
		}
	}
}
