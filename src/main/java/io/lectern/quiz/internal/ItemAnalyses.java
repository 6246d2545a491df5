package io.lectern.quiz.internal;

import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizReports;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.internal.report.AnswerKey;
import io.lectern.quiz.internal.report.AnswerWords;
import io.lectern.quiz.internal.report.ItemReport;
import io.lectern.quiz.internal.report.ItemScore;
import io.lectern.quiz.internal.report.ItemStatistics;
import io.lectern.quiz.internal.report.PlainText;
import io.lectern.quiz.internal.report.ScoredAttempt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item analysis over every submitted attempt of a quiz, in one query whatever their number, each
 * row an attempt's answers and grades. Each grade is read with the question as its attempt had it
 * (its points, choices and correct answer); a question whose correct answer changed is analysed
 * once for each correct answer, since its figures before and after the change measure different
 * questions.
 */
@Service
class ItemAnalyses implements QuizReports {

	/** Reports show the start of a prompt: enough to recognise the question beside its id. */
	static final int PROMPT_LENGTH = 80;

	/** One graded question of one attempt, with the version of the question it was graded with. */
	private record Graded(Long attempt, QuestionVersion question, double fraction, String answerKey) {
	}

	private final AttemptRepository attempts;
	private final Quizzes quizzes;
	private final QuizVersions versions;

	ItemAnalyses(AttemptRepository attempts, Quizzes quizzes, QuizVersions versions) {
		this.attempts = attempts;
		this.quizzes = quizzes;
		this.versions = versions;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ItemAnalysis> itemAnalysis(QuizId quizId) {
		return quizzes.quiz(quizId).map(this::analyse);
	}

	private ItemAnalysis analyse(Quiz quiz) {
		QuizVersion current = versions.current(quiz);
		Map<Long, Map<String, String>> answers = new HashMap<>();
		// Few versions and few keys, however many attempts: each is read and put in words once.
		Map<String, QuizVersion> byHash = new HashMap<>();
		Map<String, String> keys = new HashMap<>();
		List<Graded> graded = new ArrayList<>();
		Map<String, Set<String>> keysOf = new LinkedHashMap<>();
		Map<Long, Map<String, ItemScore>> scored = new LinkedHashMap<>();
		for (AttemptRepository.Sheet sheet : attempts.submittedSheets(quiz.id())) {
			answers.put(sheet.attempt(), sheet.answers());
			QuizVersion version = sheet.quizVersion() == null ? current
					: byHash.computeIfAbsent(sheet.quizVersion(), hash -> versions.find(hash).orElse(current));
			sheet.grades().forEach((questionId, fraction) -> {
				scored.computeIfAbsent(sheet.attempt(), any -> new LinkedHashMap<>());
				Optional<QuestionVersion> question = version.question(questionId).or(() -> current.question(questionId));
				if (question.isEmpty()) {
					return;
				}
				String key = keys.computeIfAbsent(question.get().hash(),
						hash -> AnswerKey.of(question.get().question(), PlainText::of));
				graded.add(new Graded(sheet.attempt(), question.get(), fraction, key));
				keysOf.computeIfAbsent(questionId, id -> new LinkedHashSet<>()).add(key);
			});
		}
		// The current correct answer has a row even before any attempt was graded with it.
		current.questions().forEach(question -> keysOf.computeIfAbsent(question.id(), id -> new LinkedHashSet<>())
			.add(keys.computeIfAbsent(question.hash(), hash -> AnswerKey.of(question.question(), PlainText::of))));

		Map<String, Optional<String>> words = new HashMap<>();
		for (Graded grade : graded) {
			String id = grade.question().id();
			String stored = answers.getOrDefault(grade.attempt(), Map.of()).get(id);
			Optional<String> wrong = grade.fraction() < 1 && stored != null
					? words.computeIfAbsent(grade.question().hash() + "\n" + stored, key -> new AnswerWords(
							grade.question().question(), PlainText::of).of(ResponseCodec.decode(stored)))
					: Optional.empty();
			scored.computeIfAbsent(grade.attempt(), any -> new LinkedHashMap<>())
				.put(item(id, grade.answerKey(), keysOf), new ItemScore(grade.fraction(),
						grade.question().question().question().info().points(), wrong));
		}
		List<String> order = new ArrayList<>();
		Map<String, QuestionVersion> shown = new HashMap<>();
		for (QuestionVersion question : current.questions()) {
			for (String key : keysOf.get(question.id())) {
				order.add(item(question.id(), key, keysOf));
			}
			shown.put(item(question.id(), keys.get(question.hash()), keysOf), question);
		}
		graded.forEach(grade -> shown.putIfAbsent(item(grade.question().id(), grade.answerKey(), keysOf), grade.question()));
		List<ItemReport> reports = ItemStatistics.of(scored.values().stream().map(ScoredAttempt::new).toList(), order);
		return new ItemAnalysis(quiz, scored.size(), reports.stream().map(report -> {
			QuestionVersion question = shown.get(report.questionId());
			boolean split = keysOf.get(question.id()).size() > 1;
			return new Item(question.id(),
					PlainText.shorten(PlainText.of(question.question().question().info().prompt()), PROMPT_LENGTH),
					report.attempts(), report.facility(), report.discrimination(), report.commonWrongAnswer(),
					report.commonWrongAnswerCount(),
					split ? Optional.of(PlainText.shorten(keyOf(report.questionId()), PROMPT_LENGTH)) : Optional.empty());
		}).toList());
	}

	/** The row a grade counts in: the question's own, or its row for one correct answer when that changed. */
	private static String item(String questionId, String key, Map<String, Set<String>> keysOf) {
		Set<String> all = keysOf.getOrDefault(questionId, Set.of());
		return all.size() > 1 ? questionId + "\n" + key : questionId;
	}

	private static String keyOf(String item) {
		return item.substring(item.indexOf('\n') + 1);
	}
}
