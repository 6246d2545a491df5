package io.lectern.progress.internal.reports;

import io.lectern.accounts.Accounts;
import io.lectern.accounts.LearnerId;
import io.lectern.content.Course;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.progress.internal.dashboard.CourseProgress;
import io.lectern.progress.internal.scores.ScoreRepository;
import io.lectern.progress.internal.standing.CourseStanding;
import io.lectern.progress.internal.standing.StandingRepository;
import io.lectern.progress.internal.visits.LessonVisits;
import io.lectern.quiz.Quiz;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort of a course for instructors: every learner with any progress in it, with their
 * figures. Those are kept as each learner's {@link CourseStanding}, so a page is one sorted, paged
 * query, plus names and best scores for its learners alone: the same few queries for ten learners
 * or ten thousand. Names live in the accounts module, so an order by name sorts here, over the
 * whole cohort. Visits noted but not yet written are handed on first, so the report is never behind.
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
	private final StandingRepository standings;
	private final ScoreRepository scores;
	private final Accounts accounts;
	private final LessonVisits visits;

	Cohorts(CourseQuizzes courses, StandingRepository standings, ScoreRepository scores, Accounts accounts,
			LessonVisits visits) {
		this.courses = courses;
		this.visits = visits;
		this.standings = standings;
		this.scores = scores;
		this.accounts = accounts;
	}

	/** A page of the cohort, from 1; a number past either end shows the nearest page there is. */
	@Transactional(readOnly = true)
	public Cohort page(Course course, CohortOrder order, int page) {
		visits.handOn();
		List<Quiz> quizzes = courses.of(course);
		int learners = (int) standings.countByCourseSlug(course.slug().value());
		int pages = Math.max(1, (learners + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.max(1, Math.min(page, pages));
		List<CourseStanding> rows;
		Map<LearnerId, String> names;
		if (order.column() == CohortOrder.Column.NAME) {
			List<CourseStanding> all = new ArrayList<>(standings.findByCourseSlug(course.slug().value(), Sort.unsorted()));
			names = names(all);
			all.sort(byName(order, names));
			rows = all.subList(Math.min(all.size(), (shown - 1) * PAGE_SIZE), Math.min(all.size(), shown * PAGE_SIZE));
		}
		else {
			rows = standings.findByCourseSlug(course.slug().value(), PageRequest.of(shown - 1, PAGE_SIZE, sort(order)));
			names = names(rows);
		}
		List<LearnerId> ids = rows.stream().map(CourseStanding::learner).toList();
		List<ScoreRepository.Best> best = quizzes.isEmpty() || ids.isEmpty() ? List.of() : scores.bestOf(ids);
		return new Cohort(course, quizzes, order, rowsOf(course, quizzes, rows, names, best), shown, pages, learners);
	}

	/** The whole cohort in one list, for the CSV download. */
	@Transactional(readOnly = true)
	public List<CohortRow> everyone(Course course, CohortOrder order) {
		visits.handOn();
		List<Quiz> quizzes = courses.of(course);
		boolean byName = order.column() == CohortOrder.Column.NAME;
		List<CourseStanding> all = new ArrayList<>(
				standings.findByCourseSlug(course.slug().value(), byName ? Sort.unsorted() : sort(order)));
		Map<LearnerId, String> names = names(all);
		if (byName) {
			all.sort(byName(order, names));
		}
		List<ScoreRepository.Best> best = quizzes.isEmpty() ? List.of() : scores.bestOfEveryone(ids(quizzes));
		return rowsOf(course, quizzes, all, names, best);
	}

	/**
	 * The order asked for on its column; ties go to the most recently active, then (so that pages
	 * never overlap) by learner id.
	 */
	private static Sort sort(CohortOrder order) {
		Sort.Direction direction = order.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
		Sort column = Sort.by(direction, switch (order.column()) {
			case PROGRESS -> "stepsDone";
			case PASSED -> "quizzesPassed";
			case ACTIVE, NAME -> "lastActive";
		});
		return column.and(Sort.by(Sort.Direction.DESC, "lastActive")).and(Sort.by("learner"));
	}

	/** By name, with the same ties as {@link #sort}. Learners without a name sort last. */
	private static Comparator<CourseStanding> byName(CohortOrder order, Map<LearnerId, String> names) {
		// Compared by collation keys, worked out once per name: far quicker than a Collator per comparison.
		Collator collator = Collator.getInstance(Locale.ENGLISH);
		Map<LearnerId, CollationKey> keys = new HashMap<>();
		names.forEach((learner, name) -> keys.put(learner, collator.getCollationKey(name)));
		Comparator<CollationKey> byName = order.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
		return Comparator.comparing((CourseStanding standing) -> keys.get(standing.learner()), Comparator.nullsLast(byName))
			.thenComparing(CourseStanding::lastActive, Comparator.reverseOrder())
			.thenComparing(CourseStanding::learner);
	}

	private Map<LearnerId, String> names(List<CourseStanding> learners) {
		List<LearnerId> ids = learners.stream().map(CourseStanding::learner).toList();
		return ids.size() <= NAMED_BY_ID ? accounts.displayNames(ids) : accounts.allDisplayNames();
	}

	private static List<CohortRow> rowsOf(Course course, List<Quiz> quizzes, List<CourseStanding> learners,
			Map<LearnerId, String> names, List<ScoreRepository.Best> best) {
		int steps = course.lessons().size() + quizzes.size();
		Collection<String> counted = ids(quizzes);
		Map<LearnerId, Map<String, CohortRow.Score>> scoresByLearner = new HashMap<>();
		for (ScoreRepository.Best score : best) {
			if (!counted.contains(score.quizId())) {
				continue;
			}
			scoresByLearner.computeIfAbsent(score.learner(), any -> new HashMap<>())
				.put(score.quizId(), new CohortRow.Score(score.percent(), score.passed()));
		}
		return learners.stream()
			.map(standing -> new CohortRow(standing.learner().value(), Optional.ofNullable(names.get(standing.learner())),
					CourseProgress.percent(standing.stepsDone(), steps), standing.lessonsCompleted(),
					standing.quizzesPassed(), scoresByLearner.getOrDefault(standing.learner(), Map.of()),
					standing.lastActive()))
			.toList();
	}

	private static Collection<String> ids(List<Quiz> quizzes) {
		return quizzes.stream().map(quiz -> quiz.id().value()).collect(Collectors.toSet());
	}
}
