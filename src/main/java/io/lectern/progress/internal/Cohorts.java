package io.lectern.progress.internal;

import io.lectern.accounts.Accounts;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.quiz.Quiz;
import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort of a course for instructors: every learner with any progress in it, with their
 * figures. Each learner's figures are added up by the database, one grouped query per progress
 * table, and sorted here; only the page shown then needs best scores, and names unless it is sorted
 * by name. So a page costs the same few queries for ten learners or ten thousand.
 */
@Service
public class Cohorts {

	static final int PAGE_SIZE = 50;

	/**
	 * Up to this many learners are named by id; more are found among every account's names, in one
	 * query without parameters: H2 takes seconds over an IN list of ten thousand ids, and
	 * PostgreSQL refuses more than 65,535 parameters.
	 */
	static final int NAMED_BY_ID = 1_000;

	private final CourseQuizzes courses;
	private final VisitRepository visits;
	private final CompletionRepository completions;
	private final ScoreRepository scores;
	private final Accounts accounts;

	Cohorts(CourseQuizzes courses, VisitRepository visits, CompletionRepository completions, ScoreRepository scores,
			Accounts accounts) {
		this.courses = courses;
		this.visits = visits;
		this.completions = completions;
		this.scores = scores;
		this.accounts = accounts;
	}

	/** A page of the cohort, from 1; a number past either end shows the nearest page there is. */
	@Transactional(readOnly = true)
	public Cohort page(Course course, CohortOrder order, int page) {
		List<Quiz> quizzes = courses.of(course);
		List<Figures> all = figures(course, quizzes);
		boolean byName = order.column() == CohortOrder.Column.NAME;
		Map<String, String> names = byName ? names(all) : Map.of();
		all.sort(comparator(order, names));
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.max(1, Math.min(page, pages));
		List<Figures> rows = all.subList((shown - 1) * PAGE_SIZE, Math.min(all.size(), shown * PAGE_SIZE));
		if (!byName) {
			names = names(rows);
		}
		List<String> learners = rows.stream().map(Figures::learner).toList();
		List<ScoreRepository.Best> best = quizzes.isEmpty() || learners.isEmpty() ? List.of()
				: scores.bestOf(ids(quizzes), learners);
		return new Cohort(course, quizzes, order, rowsOf(rows, names, best), shown, pages, all.size());
	}

	/** The whole cohort in one list, for the CSV download. */
	@Transactional(readOnly = true)
	public List<CohortRow> everyone(Course course, CohortOrder order) {
		List<Quiz> quizzes = courses.of(course);
		List<Figures> all = figures(course, quizzes);
		Map<String, String> names = names(all);
		all.sort(comparator(order, names));
		List<ScoreRepository.Best> best = quizzes.isEmpty() ? List.of() : scores.bestOfEveryone(ids(quizzes));
		return rowsOf(all, names, best);
	}

	private List<Figures> figures(Course course, List<Quiz> quizzes) {
		Map<String, Figures> byLearner = new HashMap<>();
		Function<String, Figures> learner = id -> byLearner.computeIfAbsent(id, Figures::new);
		visits.tallyOfCourse(course.slug()).forEach(visit -> learner.apply(visit.learner()).activeAt(visit.latest()));
		List<String> lessons = course.lessons().stream().map(Lesson::source).toList();
		if (!lessons.isEmpty()) {
			for (LearnerTally done : completions.tallyOfCourse(course.slug(), lessons)) {
				Figures figures = learner.apply(done.learner());
				figures.lessons = (int) done.count();
				figures.activeAt(done.latest());
			}
		}
		if (!quizzes.isEmpty()) {
			for (LearnerTally graded : scores.tallyOfQuizzes(ids(quizzes))) {
				Figures figures = learner.apply(graded.learner());
				figures.passed = (int) graded.count();
				figures.activeAt(graded.latest());
			}
		}
		int steps = lessons.size() + quizzes.size();
		byLearner.values().forEach(figures -> figures.percent = CourseProgress.percent(figures.lessons + figures.passed, steps));
		return new ArrayList<>(byLearner.values());
	}

	/**
	 * The order asked for on its column; ties go to the most recently active, then (so that pages
	 * never overlap) by learner id. Learners without a name sort last.
	 */
	private static Comparator<Figures> comparator(CohortOrder order, Map<String, String> names) {
		Comparator<Figures> column = switch (order.column()) {
			case NAME -> {
				// Compared by collation keys, worked out once per name: far quicker than a Collator per comparison.
				Collator collator = Collator.getInstance(Locale.ENGLISH);
				Map<String, CollationKey> keys = new HashMap<>();
				names.forEach((learner, name) -> keys.put(learner, collator.getCollationKey(name)));
				Comparator<CollationKey> byName = order.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
				yield Comparator.comparing(figures -> keys.get(figures.learner()), Comparator.nullsLast(byName));
			}
			case PROGRESS -> direction(Comparator.comparingInt(figures -> figures.percent), order);
			case PASSED -> direction(Comparator.comparingInt(figures -> figures.passed), order);
			case ACTIVE -> direction(Comparator.comparing(figures -> figures.lastActive), order);
		};
		return column.thenComparing(figures -> figures.lastActive, Comparator.reverseOrder())
			.thenComparing(Figures::learner);
	}

	private static Comparator<Figures> direction(Comparator<Figures> ascending, CohortOrder order) {
		return order.descending() ? ascending.reversed() : ascending;
	}

	private Map<String, String> names(List<Figures> learners) {
		List<String> ids = learners.stream().map(Figures::learner).toList();
		if (ids.size() <= NAMED_BY_ID) {
			return accounts.displayNames(ids);
		}
		return accounts.allDisplayNames();
	}

	private static List<CohortRow> rowsOf(List<Figures> learners, Map<String, String> names,
			List<ScoreRepository.Best> best) {
		Map<String, Map<String, CohortRow.Score>> scoresByLearner = new HashMap<>();
		for (ScoreRepository.Best score : best) {
			scoresByLearner.computeIfAbsent(score.learner(), any -> new HashMap<>())
				.put(score.quizId(), new CohortRow.Score(score.percent(), score.passed()));
		}
		return learners.stream()
			.map(figures -> new CohortRow(figures.learner(), Optional.ofNullable(names.get(figures.learner())),
					figures.percent, figures.lessons, figures.passed,
					scoresByLearner.getOrDefault(figures.learner(), Map.of()), figures.lastActive))
			.toList();
	}

	private static Collection<String> ids(List<Quiz> quizzes) {
		return quizzes.stream().map(Quiz::id).toList();
	}

	/** A learner's figures while they are added up from the three tables. */
	private static final class Figures {

		private final String learner;
		private int lessons;
		private int passed;
		private int percent;
		private Instant lastActive;

		Figures(String learner) {
			this.learner = learner;
		}

		String learner() {
			return learner;
		}

		void activeAt(Instant at) {
			if (at != null && (lastActive == null || at.isAfter(lastActive))) {
				lastActive = at;
			}
		}
	}
}
