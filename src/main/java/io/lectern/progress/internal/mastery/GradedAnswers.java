package io.lectern.progress.internal.mastery;

import io.lectern.accounts.LearnerId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What mastery is made of: every answer a learner has had graded, in a quiz attempt or a review.
 * The answers given together (an attempt's twenty, or one in a review) are one row of
 * {@code graded_answers}, their results one JSON array ({@link ResultsColumn}): a submit writes one
 * row where it wrote a row a question and another a topic tag, in tables and an index of their
 * own, about fifty of the sixty rows a submit of the benchmark's quiz wrote. Mastery reads a
 * learner's answers whole, never one of them, so nothing is lost by keeping them together.
 *
 * <p>Plain JDBC, in the caller's transaction: nothing reads a row back as an object, so an entity
 * would only add Hibernate's bookkeeping to every submit.
 */
@Component
public class GradedAnswers {

	/** Where the answers were given. */
	public enum In {
		QUIZ, REVIEW
	}

	/** One graded answer, as mastery and the learner's own data export read it. */
	public record Answered(String quizId, String questionId, List<String> topics, double fraction, Instant answeredAt,
			In answeredIn) {
	}

	private static final String INSERT = """
			insert into graded_answers (learner, quiz_id, answered_at, answered_in, results) values (?, ?, ?, ?, ?)""";

	private static final String SELECT = """
			select quiz_id, answered_at, answered_in, results from graded_answers where learner = ?
			order by answered_at, id""";

	private final JdbcTemplate jdbc;

	GradedAnswers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the answers given together in one attempt or review, in the caller's transaction. */
	public void add(LearnerId learner, String quizId, Instant at, In in, List<ResultsColumn.Result> results) {
		if (results.isEmpty()) {
			return;
		}
		jdbc.update(INSERT, learner.value(), quizId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), in.name(),
				ResultsColumn.write(results));
	}

	/** The learner's graded answers, first to last, each with its topics. */
	public List<Answered> of(LearnerId learner) {
		List<Answered> answered = new ArrayList<>();
		jdbc.query(SELECT, row -> {
			String quizId = row.getString(1);
			Instant at = row.getObject(2, OffsetDateTime.class).toInstant();
			In in = In.valueOf(row.getString(3));
			for (ResultsColumn.Result result : ResultsColumn.read(row.getString(4))) {
				answered.add(new Answered(quizId, result.question(), result.topics(), result.fraction(), at, in));
			}
		}, learner.value());
		return answered;
	}

	/** Forgets every answer of a learner whose account is deleted. */
	public void forget(LearnerId learner) {
		jdbc.update("delete from graded_answers where learner = ?", learner.value());
	}
}
