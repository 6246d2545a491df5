package io.lectern.quiz.internal;

import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.QuizReports;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.internal.report.AnswerWords;
import io.lectern.quiz.internal.report.ItemReport;
import io.lectern.quiz.internal.report.ItemScore;
import io.lectern.quiz.internal.report.ItemStatistics;
import io.lectern.quiz.internal.report.PlainText;
import io.lectern.quiz.internal.report.ScoredAttempt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item analysis over every submitted attempt of a quiz, in two queries whatever their number: one
 * for the grades, one for the answers. Points come from the quiz as defined now.
 */
@Service
class ItemAnalyses implements QuizReports {

	/** Reports show the start of a prompt: enough to recognise the question beside its id. */
	static final int PROMPT_LENGTH = 80;

	private final AttemptRepository attempts;
	private final Quizzes quizzes;

	ItemAnalyses(AttemptRepository attempts, Quizzes quizzes) {
		this.attempts = attempts;
		this.quizzes = quizzes;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ItemAnalysis> itemAnalysis(QuizId quizId) {
		return quizzes.quiz(quizId).map(this::analyse);
	}

	private ItemAnalysis analyse(Quiz quiz) {
		Map<String, QuizQuestion> questions = new LinkedHashMap<>();
		quiz.questions().forEach(question -> questions.put(question.question().info().id(), question));
		Map<Long, Map<String, String>> answers = new HashMap<>();
		for (AttemptRepository.AnswerRow answer : attempts.submittedAnswers(quiz.id().value())) {
			answers.computeIfAbsent(answer.attempt(), any -> new HashMap<>()).put(answer.questionId(), answer.response());
		}
		Map<Long, Map<String, ItemScore>> scored = new LinkedHashMap<>();
		Set<Long> submitted = new HashSet<>();
		// Learners give the same few wrong answers again and again: each is put in words once.
		Map<String, Optional<String>> words = new HashMap<>();
		for (AttemptRepository.GradeRow grade : attempts.submittedGrades(quiz.id().value())) {
			submitted.add(grade.attempt());
			QuizQuestion question = questions.get(grade.questionId());
			Map<String, ItemScore> items = scored.computeIfAbsent(grade.attempt(), any -> new LinkedHashMap<>());
			if (question == null) {
				// A question since removed from the quiz: its points are no longer known, so it cannot count.
				continue;
			}
			String stored = answers.getOrDefault(grade.attempt(), Map.of()).get(grade.questionId());
			Optional<String> wrong = grade.fraction() < 1 && stored != null
					? words.computeIfAbsent(grade.questionId() + "\n" + stored, key -> wordsFor(question, stored))
					: Optional.empty();
			items.put(grade.questionId(),
					new ItemScore(grade.fraction(), question.question().info().points(), wrong));
		}
		List<ItemReport> reports = ItemStatistics.of(scored.values().stream().map(ScoredAttempt::new).toList(),
				List.copyOf(questions.keySet()));
		return new ItemAnalysis(quiz, submitted.size(), reports.stream()
			.map(report -> new Item(report.questionId(),
					PlainText.shorten(PlainText.of(questions.get(report.questionId()).question().info().prompt()),
							PROMPT_LENGTH),
					report.attempts(), report.facility(), report.discrimination(), report.commonWrongAnswer(),
					report.commonWrongAnswerCount()))
			.toList());
	}

	private static Optional<String> wordsFor(QuizQuestion question, String stored) {
		return new AnswerWords(question, PlainText::of).of(ResponseCodec.decode(stored));
	}
}
