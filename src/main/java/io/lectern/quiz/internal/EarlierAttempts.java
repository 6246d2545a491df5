package io.lectern.quiz.internal;

import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.Quizzes;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Attempts made before quiz versions were kept (migration V23) name no version. The first time the
 * portal starts on the upgraded database, before it takes a request, each is given the version of
 * its quiz as defined at that moment: the definition the portal was grading and showing it with,
 * now fixed, so that later edits leave it alone like any other attempt. An attempt whose quiz is not
 * there at start-up gets its version when a reload brings the quiz back.
 */
@Component
class EarlierAttempts implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(EarlierAttempts.class);

	private final JdbcTemplate jdbc;
	private final Quizzes quizzes;
	private final QuizVersions versions;

	/** Whether attempts without a version may remain; after the first pass, only when a quiz was missing. */
	private volatile boolean mayRemain = true;

	EarlierAttempts(JdbcTemplate jdbc, Quizzes quizzes, QuizVersions versions) {
		this.jdbc = jdbc;
		this.quizzes = quizzes;
		this.versions = versions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		giveVersions();
	}

	/** Gives every attempt without a version the version of its quiz as now defined, if the quiz is there. */
	synchronized void giveVersions() {
		if (!mayRemain) {
			return;
		}
		boolean quizMissing = false;
		for (String quizId : jdbc.queryForList("select distinct quiz_id from quiz_attempt where quiz_version is null",
				String.class)) {
			Optional<Quiz> quiz = quizzes.quiz(QuizId.of(quizId));
			if (quiz.isEmpty()) {
				quizMissing = true;
				continue;
			}
			QuizVersion version = versions.keep(quiz.get());
			// The row version moves on too, so a submit that read the attempt before this commits no stale copy.
			int given = jdbc.update("update quiz_attempt set quiz_version = ?, version = version + 1"
					+ " where quiz_id = ? and quiz_version is null", version.hash(), quizId);
			log.info("Kept quiz {} as defined now for {} attempt(s) made before quiz versions were kept", quizId, given);
		}
		mayRemain = quizMissing;
	}
}
