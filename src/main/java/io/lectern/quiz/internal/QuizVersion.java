package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A quiz as an attempt started with it: the rules that decide one attempt's result and what it shows
 * (the pass mark, whether choices are shuffled) and a version of each question, in the author's
 * order. It is kept under the SHA-256 of its definition, so thousands of attempts at the same
 * version share one row, and an edit of the quiz file makes a new version without touching this one.
 */
public record QuizVersion(String hash, String quizId, int passMark, boolean shuffleChoices,
		List<QuestionVersion> questions) {

	public QuizVersion {
		questions = List.copyOf(questions);
	}

	/** The version of a quiz as it is defined now. */
	public static QuizVersion of(Quiz quiz) {
		List<QuestionVersion> questions = quiz.questions().stream().map(VersionJson::version).toList();
		return VersionJson.quizVersion(quiz.id().value(), quiz.passMark(), quiz.shuffleChoices(), questions);
	}

	public Optional<QuestionVersion> question(String questionId) {
		return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
	}

	/**
	 * The questions with these ids, in this order. An id this version lacks is left out: only an
	 * attempt from before versions were kept can name one, a question removed before the upgrade.
	 */
	public List<QuestionVersion> questions(List<String> questionIds) {
		Map<String, QuestionVersion> byId = questions.stream()
			.collect(Collectors.toMap(QuestionVersion::id, Function.identity()));
		List<QuestionVersion> chosen = new ArrayList<>();
		questionIds.stream().map(byId::get).filter(question -> question != null).forEach(chosen::add);
		return chosen;
	}
}
