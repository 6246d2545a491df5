package io.lectern.certificates;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.content.CoursesReloaded;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A course that starts to award a certificate, or changes its rule, owes one to the learners who
 * already meet it: the look back at start-up and at each reload issues those, once, dated when the
 * rule was met. History from before is written straight into progress's and quiz's tables, as those
 * modules kept it when no certificate was offered and no event could earn one.
 */
class LookingBackTest extends CertificatePortalTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void learnersWhoFinishedBeforeTheCourseAwardedOneGetItDatedWhenTheyFinished() {
		String ana = learnerIdOf(learner("Ana Lima"));
		Instant finished = Instant.parse("2026-03-01T09:00:00Z");
		jdbc.update("insert into course_completion (learner, course_slug, completed_at) values (?, ?, ?)", ana, "key-basics",
				Timestamp.from(finished));

		reloadedAsIfItsRuleWereNew("key-basics");
		reloadedAsIfItsRuleWereNew("key-basics");

		Certificate certificate = certificates.findByLearnerIdAndCourseSlug(LearnerId.of(ana), "key-basics").orElseThrow();
		assertThat(certificate.issuedAt()).isEqualTo(finished);
		assertThat(certificate.printedName()).isEqualTo("Ana Lima");
		assertThat(certificates.findByLearnerIdOrderByIssuedAtDesc(LearnerId.of(ana))).hasSize(1);
	}

	@Test
	void learnersWhoseEarlierAttemptsMeetTheRuleGetItDatedByTheFirstAttemptThatDid() {
		String ana = learnerIdOf(learner("Ana Lima"));
		String ben = learnerIdOf(learner("Ben Okoro"));
		gradedAttempt(ana, 1, 60, "2026-02-01T10:00:00Z");
		gradedAttempt(ana, 2, 85, "2026-02-02T10:00:00Z");
		gradedAttempt(ana, 3, 95, "2026-02-03T10:00:00Z");
		gradedAttempt(ben, 1, 70, "2026-02-01T10:00:00Z");

		reloadedAsIfItsRuleWereNew("key-exam");

		assertThat(certificates.findByLearnerIdAndCourseSlug(LearnerId.of(ana), "key-exam")).hasValueSatisfying(
				certificate -> assertThat(certificate.issuedAt()).isEqualTo(Instant.parse("2026-02-02T10:00:00Z")));
		assertThat(certificates.findByLearnerIdAndCourseSlug(LearnerId.of(ben), "key-exam")).as("70% is under the rule's 80%").isEmpty();
	}

	@Test
	void aRuleAlreadyLookedBackOverIsNotLookedBackOverAgain() {
		reloadedAsIfItsRuleWereNew("key-basics");
		String ana = learnerIdOf(learner("Ana Lima"));
		jdbc.update("insert into course_completion (learner, course_slug, completed_at) values (?, ?, ?)", ana, "key-basics",
				Timestamp.from(Instant.parse("2026-03-01T09:00:00Z")));

		events.publishEvent(new CoursesReloaded(List.of(CourseSlug.of("key-basics"))));

		assertThat(certificates.findByLearnerIdAndCourseSlug(LearnerId.of(ana), "key-basics"))
			.as("the same rule, already looked back over: only events earn certificates now").isEmpty();
	}

	/** The course is loaded again after its rule changed: the portal has no look back on record for the rule it has now. */
	private void reloadedAsIfItsRuleWereNew(String courseSlug) {
		jdbc.update("delete from certificate_look_back where course_slug = ?", courseSlug);
		events.publishEvent(new CoursesReloaded(List.of(CourseSlug.of(courseSlug))));
	}

	private void gradedAttempt(String learner, int number, double percent, String gradedAt) {
		Timestamp at = Timestamp.from(Instant.parse(gradedAt));
		jdbc.update("""
				insert into quiz_attempt (public_id, quiz_id, learner, attempt_number, seed, questions, started_at, state,
				  score, max_score, passed, graded_at, late, version)
				values (?, 'key-exam-final', ?, ?, 1, '["rotation"]', ?, 'SUBMITTED', ?, 100, ?, ?, false, 0)""",
				UUID.randomUUID().toString(), learner, number, at, percent, percent >= 50, at);
	}
}
