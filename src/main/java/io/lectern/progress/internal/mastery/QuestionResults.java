package io.lectern.progress.internal.mastery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a graded attempt's question results, one a question, in a single JDBC batch within the
 * caller's transaction. Through Hibernate each would be a statement of its own: their key is an
 * identity column, whose value Hibernate reads back row by row, so it never batches such inserts.
 */
@Component
public class QuestionResults {

	private static final String INSERT = """
			insert into question_result (learner, quiz_id, question_id, topics, fraction, answered_at, answered_in)
			values (?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	QuestionResults(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void add(List<QuestionResult> results) {
		if (results.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(INSERT, results, results.size(), (row, result) -> {
			row.setString(1, result.learner());
			row.setString(2, result.quizId());
			row.setString(3, result.questionId());
			row.setString(4, result.storedTopics());
			row.setDouble(5, result.fraction());
			row.setObject(6, OffsetDateTime.ofInstant(result.answeredAt(), ZoneOffset.UTC));
			row.setString(7, result.answeredIn().name());
		});
	}
}
