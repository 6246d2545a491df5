package io.lectern.accounts.internal.audit;

import io.lectern.accounts.LearnerId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes security events to their table and to the log, where each is one line whose fields
 * (event, outcome, username, learner_id, actor, address, detail) are key-value pairs that Spring
 * Boot's structured logging ({@code logging.structured.format.console=ecs}) turns into JSON fields.
 *
 * <p>An event is written in the caller's transaction when there is one, so that it commits with the
 * change it records, and in a transaction of its own otherwise; never in a new one beside the
 * caller's. A request that holds a database connection while it asks for a second deadlocks the pool
 * once as many such requests run at once as the pool has connections (bench/load.sh did, with
 * learners downloading their data). A caller that records a refusal and then throws keeps the record
 * by not rolling back for that refusal ({@code noRollbackFor}); a read-only transaction cannot hold
 * an event, and is refused.
 */
@Service
public class SecurityEventLog {

	private static final Logger log = LoggerFactory.getLogger("io.lectern.security-events");

	private final SecurityEventRepository events;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	SecurityEventLog(SecurityEventRepository events, JdbcTemplate jdbc, Clock clock) {
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void record(SecurityEventEntry entry) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("A security event cannot be written in a read-only transaction: record it after it");
		}
		SecurityEvent event = events.save(new SecurityEvent(clock.instant(), entry.kind(), entry.outcome(), entry.username(),
				entry.learnerId() == null ? null : LearnerId.of(entry.learnerId()), entry.actor(), entry.address(),
				entry.detail()));
		log.atLevel(event.outcome() == Outcome.SUCCEEDED ? Level.INFO : Level.WARN)
			.setMessage("Security event {} {}")
			.addArgument(event.kind())
			.addArgument(event.outcome())
			.addKeyValue("event", event.kind().name())
			.addKeyValue("outcome", event.outcome().name())
			.addKeyValue("username", event.username())
			.addKeyValue("learner_id", entry.learnerId())
			.addKeyValue("actor", event.actor())
			.addKeyValue("address", event.address())
			.addKeyValue("detail", event.detail())
			.log();
	}

	/** The events the filter lets through, newest first, a page at a time. */
	@Transactional(readOnly = true)
	public Page<SecurityEvent> find(SecurityEventFilter filter, int page, int size) {
		return events.findAll(filter.specification(),
				PageRequest.of(Math.max(0, page), size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
	}

	/**
	 * Deletes the events older than the retention period: the only deletion the log knows. A plain
	 * statement, because the entity is immutable to Hibernate.
	 */
	@Transactional
	public int purgeOlderThan(Duration retention) {
		return jdbc.update("delete from security_event where occurred_at < ?",
				Timestamp.from(clock.instant().minus(retention)));
	}
}
