package io.lectern.progress.internal.mastery;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a graded attempt's question results, one a question, in a single JDBC batch within the
 * caller's transaction, and then their topic tags in a second one. Through Hibernate each would be
 * a statement of its own: their key is an identity column, whose value Hibernate reads back row by
 * row, so it never batches such inserts; the batch hands the keys back all at once.
 */
@Component
public class QuestionResults {

	private static final String INSERT = """
			insert into question_result (learner, quiz_id, question_id, fraction, answered_at, answered_in)
			values (?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_TOPIC = """
			insert into question_result_topic (result_id, topic_order, topic) values (?, ?, ?)""";

	private final JdbcTemplate jdbc;

	QuestionResults(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void add(List<QuestionResult> results) {
		if (results.isEmpty()) {
			return;
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement row, int i) throws SQLException {
						QuestionResult result = results.get(i);
						row.setString(1, result.learner().value());
						row.setString(2, result.quizId());
						row.setString(3, result.questionId());
						row.setDouble(4, result.fraction());
						row.setObject(5, OffsetDateTime.ofInstant(result.answeredAt(), ZoneOffset.UTC));
						row.setString(6, result.answeredIn().name());
					}

					@Override
					public int getBatchSize() {
						return results.size();
					}
				}, keys);
		List<Object[]> topics = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			// PostgreSQL hands back every column of the row, H2 the key alone; both name it "id".
			long id = ((Number) keys.getKeyList().get(i).get("id")).longValue();
			List<String> tags = results.get(i).topics();
			for (int order = 0; order < tags.size(); order++) {
				topics.add(new Object[] { id, order, tags.get(order) });
			}
		}
		if (!topics.isEmpty()) {
			jdbc.batchUpdate(INSERT_TOPIC, topics);
		}
	}
}
