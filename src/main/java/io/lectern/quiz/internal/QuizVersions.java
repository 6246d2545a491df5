package io.lectern.quiz.internal;

import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quiz and question versions: the one a quiz has as defined now, and those kept in the database
 * for attempts. A version is named by the hash of its content, so once read it never changes and
 * stays in memory; only the versions attempts use are kept, which an author's quick saves do not
 * multiply.
 */
@Component
public class QuizVersions {

	/** The version of each quiz as last served, with the quiz it was made from. */
	private record Current(Quiz quiz, QuizVersion version) {
	}

	// By the quiz's typed id: keyed by its text, a lookup by the id itself compiled and never matched.
	private final Map<QuizId, Current> current = new ConcurrentHashMap<>();
	private final Map<String, QuizVersion> kept = new ConcurrentHashMap<>();
	private final Map<String, QuestionVersion> questions = new ConcurrentHashMap<>();
	private final Set<String> written = ConcurrentHashMap.newKeySet();
	private final JdbcTemplate jdbc;
	private final TransactionTemplate ownTransaction;

	QuizVersions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		// Never inside another transaction: keep() runs before a learner's (Attempts.start), at start-up and at reloads.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The version of a quiz as it is served now: worked out once for each quiz a reload brings. */
	public QuizVersion current(Quiz quiz) {
		Current known = current.get(quiz.id());
		if (known != null && known.quiz() == quiz) {
			return known.version();
		}
		QuizVersion version = QuizVersion.of(quiz);
		current.put(quiz.id(), new Current(quiz, version));
		version.questions().forEach(question -> questions.putIfAbsent(question.hash(), question));
		kept.putIfAbsent(version.hash(), version);
		return version;
	}

	/**
	 * The quiz's current version, written to the database if it is not there yet, each row in a
	 * transaction of its own: call it before a learner's transaction, which a write that lost a race
	 * with another instance or thread would otherwise spoil.
	 */
	QuizVersion keep(Quiz quiz) {
		QuizVersion version = current(quiz);
		if (!written.contains(version.hash())) {
			for (QuestionVersion question : version.questions()) {
				insertOnce("insert into quiz_question_version (hash, question_id, definition) values (?, ?, ?)",
						"select count(*) from quiz_question_version where hash = ?", question.hash(), question.id(),
						VersionJson.json(question.question()));
			}
			insertOnce("insert into quiz_version (hash, quiz_id, definition) values (?, ?, ?)",
					"select count(*) from quiz_version where hash = ?", version.hash(), version.quizId(),
					VersionJson.json(version.quizId(), version.passMark(), version.shuffleChoices(), version.questions()));
			written.add(version.hash());
		}
		return version;
	}

	private void insertOnce(String insert, String count, String hash, String id, String json) {
		ownTransaction.executeWithoutResult(status -> {
			if (jdbc.queryForObject(count, Integer.class, hash) == 0) {
				try {
					jdbc.update(insert, hash, id, json);
				}
				catch (DataIntegrityViolationException writtenMeanwhile) {
					// Another thread or instance kept the same content first: the row is what this one would write.
					status.setRollbackOnly();
				}
			}
		});
	}

	/**
	 * The version an attempt started with. An attempt from before versions were kept has none until
	 * its quiz is next loaded ({@link EarlierAttempts}); meanwhile it is the quiz as now defined, the
	 * version it will be given.
	 */
	QuizVersion of(Attempt attempt, Supplier<Quiz> quiz) {
		return attempt.quizVersion()
			.map(hash -> find(hash).orElseThrow(() -> new IllegalStateException("Quiz version " + hash + " is missing")))
			.orElseGet(() -> current(quiz.get()));
	}

	/** A kept quiz version, as its attempts started with it. */
	public Optional<QuizVersion> find(String hash) {
		QuizVersion version = kept.get(hash);
		if (version != null) {
			return Optional.of(version);
		}
		return jdbc.query("select definition from quiz_version where hash = ?", (row, n) -> row.getString(1), hash)
			.stream()
			.findFirst()
			.map(json -> {
				QuizVersion read = VersionJson.quiz(hash, json, this::question);
				kept.putIfAbsent(hash, read);
				return read;
			});
	}

	private QuestionVersion question(String hash) {
		return questions.computeIfAbsent(hash, absent -> new QuestionVersion(absent, VersionJson.question(jdbc.queryForObject(
				"select definition from quiz_question_version where hash = ?", String.class, absent))));
	}
}
