package io.lectern.certificates.internal.issuing;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.certificates.internal.PublicAddress;
import io.lectern.content.Catalog;
import io.lectern.content.CertificateRule;
import io.lectern.content.Course;
import io.lectern.content.CoursesReloaded;
import io.lectern.progress.CourseCompleted;
import io.lectern.progress.FinishedCourses;
import io.lectern.quiz.AttemptHistory;
import io.lectern.quiz.AttemptHistory.Result;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Certificates for learners who met a course's rule before the course awarded one, or before its
 * rule changed to one they meet: events only tell of what happens from now on, so at start-up and
 * when a course is loaded again the portal looks back over completions and graded attempts, once
 * for each rule a course has had. Issuing is idempotent, so a look back that two instances make at
 * once, or one cut short, issues nothing twice. Each certificate is dated the moment its learner
 * met the rule, not the moment of the look back.
 */
@Component
class LookingBack {

	private static final Logger log = LoggerFactory.getLogger(LookingBack.class);

	private final Catalog catalog;
	private final FinishedCourses finished;
	private final AttemptHistory attempts;
	private final CertificateIssuing issuing;
	private final PublicAddress address;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	LookingBack(Catalog catalog, FinishedCourses finished, AttemptHistory attempts, CertificateIssuing issuing,
			PublicAddress address, JdbcTemplate jdbc, Clock clock) {
		this.catalog = catalog;
		this.finished = finished;
		this.attempts = attempts;
		this.issuing = issuing;
		this.address = address;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		lookBack(catalog.courses());
	}

	@EventListener
	void on(CoursesReloaded reloaded) {
		lookBack(reloaded.courseSlugs().stream().flatMap(slug -> catalog.course(slug).stream()).toList());
	}

	/** Issues what each course's current rule owes, for the courses whose rule was not looked back over yet. */
	void lookBack(List<Course> courses) {
		if (!address.configured()) {
			// Nothing can be issued yet; the first start with a public address looks back instead.
			return;
		}
		for (Course course : courses) {
			CertificateRule rule = course.certificate();
			String written = written(rule);
			if (!rule.offered() || written.equals(lookedBackOver(course.slug().value()))) {
				continue;
			}
			Map<LearnerId, Instant> owed = rule.onCompletion() ? completions(course) : results(rule);
			owed.forEach((learner, earnedAt) -> issuing.issue(learner, course, earnedAt));
			remember(course.slug().value(), written);
			log.info("Certificates: looked back over {} for its rule \"{}\": {} learners meet it", course.slug(),
					rule.inWords(), owed.size());
		}
	}

	private Map<LearnerId, Instant> completions(Course course) {
		Map<LearnerId, Instant> owed = new HashMap<>();
		for (CourseCompleted completed : finished.of(course.slug())) {
			owed.put(completed.learner(), completed.completedAt());
		}
		return owed;
	}

	/**
	 * Learners with an attempt meeting the rule at every required quiz, each with the moment the
	 * last of those quizzes was first met: when the whole rule first held.
	 */
	private Map<LearnerId, Instant> results(CertificateRule rule) {
		Map<LearnerId, Instant> owed = null;
		for (QuizId quiz : rule.requiredQuizzes()) {
			Map<LearnerId, Instant> firstMet = new HashMap<>();
			for (Result result : attempts.resultsAt(quiz)) {
				if (rule.met(result.percent(), result.passed())) {
					firstMet.merge(result.learner(), result.gradedAt(), (one, other) -> one.isBefore(other) ? one : other);
				}
			}
			if (owed == null) {
				owed = firstMet;
			}
			else {
				Map<LearnerId, Instant> both = new HashMap<>();
				owed.forEach((learner, at) -> {
					Instant there = firstMet.get(learner);
					if (there != null) {
						both.put(learner, at.isAfter(there) ? at : there);
					}
				});
				owed = both;
			}
		}
		return owed == null ? Map.of() : owed;
	}

	/** The rule as it is kept, so that any change to it (quizzes, least score, completion) looks back again. */
	private static String written(CertificateRule rule) {
		return rule.onCompletion() ? "completion"
				: "requires " + rule.requiredQuizzes().stream().map(QuizId::value).collect(Collectors.joining(","))
						+ (rule.minPercent().isPresent() ? "; min_percent " + rule.minPercent().getAsInt() : "; pass");
	}

	private String lookedBackOver(String courseSlug) {
		return jdbc.queryForList("select rule from certificate_look_back where course_slug = ?", String.class, courseSlug)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private void remember(String courseSlug, String rule) {
		Timestamp now = Timestamp.from(clock.instant());
		if (jdbc.update("update certificate_look_back set rule = ?, looked_at = ? where course_slug = ?", rule, now,
				courseSlug) == 0) {
			try {
				jdbc.update("insert into certificate_look_back (course_slug, rule, looked_at) values (?, ?, ?)", courseSlug,
						rule, now);
			}
			catch (DuplicateKeyException anotherInstanceRememberedIt) {
				// The same look back, made at the same moment elsewhere: what it issued, this one found issued.
			}
		}
	}
}
