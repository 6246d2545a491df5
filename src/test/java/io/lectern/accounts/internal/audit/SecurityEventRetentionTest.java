package io.lectern.accounts.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.PortalTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events are kept for the retention period (365 days unless configured) and no longer. */
class SecurityEventRetentionTest extends PortalTest {

	@Autowired
	SecurityEventRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePurgeDeletesEventsOlderThanAYearAndKeepsTheRest() {
		Instant now = Instant.now();
		insert("retention-old", now.minus(Duration.ofDays(366)));
		insert("retention-recent", now.minus(Duration.ofDays(364)));

		int deleted = retention.purge();

		assertThat(deleted).isGreaterThanOrEqualTo(1);
		assertThat(count("retention-old")).isZero();
		assertThat(count("retention-recent")).isOne();
	}

	@Test
	void aRetentionOfNothingIsRefusedAtStartUp() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new SecurityEventRetention(null, Duration.ZERO))
			.withMessageContaining("lectern.security.events-retention");
	}

	private void insert(String username, Instant at) {
		jdbc.update("insert into security_event (occurred_at, kind, outcome, username) values (?, 'LOGIN', 'FAILED', ?)",
				Timestamp.from(at), username);
	}

	private int count(String username) {
		return jdbc.queryForObject("select count(*) from security_event where username = ?", Integer.class, username);
	}
}
