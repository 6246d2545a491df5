package io.lectern.quiz.internal.web;

import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.MultipleResponse;
import io.lectern.quiz.grading.NumericAnswer;
import io.lectern.quiz.grading.Ordering;
import io.lectern.quiz.grading.Question;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.grading.SingleChoice;
import io.lectern.quiz.internal.Attempt;
import io.lectern.quiz.internal.AttemptPlan;
import io.lectern.quiz.internal.QuestionVersion;
import io.lectern.quiz.internal.QuizVersion;
import io.lectern.quiz.internal.web.QuestionField.Kind;
import io.lectern.quiz.internal.web.QuestionField.Option;
import io.lectern.quiz.internal.web.QuestionField.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Builds the attempt page's questions, in the attempt's order and as the quiz version it started
 * with defines them, with its saved answers filled in.
 */
final class QuestionFields {

	private QuestionFields() {
	}

	static List<QuestionField> of(QuizVersion version, Attempt attempt, QuizTexts texts) {
		List<QuestionField> fields = new ArrayList<>();
		for (QuestionVersion question : version.questions(attempt.questionIds())) {
			Response saved = attempt.answer(question.id()).orElse(new Response.Blank());
			fields.add(field(fields.size() + 1, version.shuffleChoices(), attempt.seed(), question.question(), saved,
					texts.of(question)));
		}
		return fields;
	}

	/**
	 * Every question of a quiz for practice, in the author's order, with the answers just checked
	 * filled in. The seed only orders choices, as in an attempt.
	 */
	static List<QuestionField> practice(Quiz quiz, long seed, Map<String, Response> given, QuizTexts texts) {
		List<QuestionField> fields = new ArrayList<>();
		for (QuizQuestion question : quiz.questions()) {
			String questionId = question.question().info().id();
			fields.add(field(fields.size() + 1, quiz.shuffleChoices(), seed, question,
					given.getOrDefault(questionId, new Response.Blank()), texts.of(quiz, question)));
		}
		return fields;
	}

	/** One question on its own, numbered 1, as a review session shows it. */
	static QuestionField single(Quiz quiz, long seed, QuizQuestion question, Response given, QuizTexts texts) {
		return field(1, quiz.shuffleChoices(), seed, question, given, texts.of(quiz, question));
	}

	private static QuestionField field(int number, boolean shuffleChoices, long seed, QuizQuestion quizQuestion, Response saved,
			QuizTexts.Rendered text) {
		Question question = quizQuestion.question();
		String id = question.info().id();
		Kind kind = kindOf(question);
		List<Option> options = List.of();
		String typed = "";
		List<Row> rows = List.of();
		switch (kind) {
			case SINGLE, MULTIPLE -> {
				List<String> picked = saved instanceof Response.Choices ticked ? ticked.ids() : List.of();
				options = AttemptPlan.choiceOrder(shuffleChoices, seed, quizQuestion, quizQuestion.choices()).stream()
					.map(choice -> new Option(choice.id(), text.label(choice.id()), picked.contains(choice.id())))
					.toList();
			}
			case TEXT, NUMBER -> typed = saved instanceof Response.Text given ? given.value() : "";
			case MATCHING -> {
				Matching matching = (Matching) question;
				Map<String, String> picked = saved instanceof Response.Pairs pairs ? pairs.matches() : Map.of();
				List<String> order = AttemptPlan.choiceOrder(shuffleChoices, seed, quizQuestion, List.copyOf(matching.options()));
				rows = matching.items().keySet().stream().map(item -> new Row(item, AnswerForm.field(id, item), text.label(item),
						order.stream().map(option -> new Option(option, text.plainLabel(option), option.equals(picked.get(item)))).toList()))
					.toList();
			}
			case ORDERING -> rows = orderingRows(id, seed, (Ordering) question, saved, text);
		}
		return new QuestionField(number, id, quizQuestion.type(), AnswerForm.field(id), kind, text.prompt(), question.creditRule(),
				question.info().points(), options, typed, rows, CreditRules.of(question));
	}

	/** Items in the order the learner last saved, or scrambled at first, each with its position picked. */
	private static List<Row> orderingRows(String id, long seed, Ordering ordering, Response saved, QuizTexts.Rendered text) {
		List<String> shown = new ArrayList<>(saved instanceof Response.Order order ? order.ids() : List.of());
		shown.retainAll(ordering.order());
		AttemptPlan.scrambled(seed, id, ordering.order()).stream().filter(item -> !shown.contains(item)).forEach(shown::add);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			int position = i + 1;
			rows.add(new Row(shown.get(i), AnswerForm.field(id, shown.get(i)), text.label(shown.get(i)),
					IntStream.rangeClosed(1, shown.size())
						.mapToObj(n -> new Option(String.valueOf(n), String.valueOf(n), n == position))
						.toList()));
		}
		return rows;
	}

	private static Kind kindOf(Question question) {
		if (question instanceof SingleChoice) {
			return Kind.SINGLE;
		}
		if (question instanceof MultipleResponse) {
			return Kind.MULTIPLE;
		}
		if (question instanceof NumericAnswer) {
			return Kind.NUMBER;
		}
		if (question instanceof Matching) {
			return Kind.MATCHING;
		}
		return question instanceof Ordering ? Kind.ORDERING : Kind.TEXT;
	}
}
