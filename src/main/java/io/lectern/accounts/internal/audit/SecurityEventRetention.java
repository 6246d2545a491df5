package io.lectern.accounts.internal.audit;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps security events for {@code lectern.security.events-retention} (365 days unless set) and
 * deletes older ones every night at 03:17 (server time, {@code lectern.security.events-purge-cron}). With several
 * instances each purges; a second purge finds nothing left to delete.
 */
@Component
@EnableScheduling
class SecurityEventRetention {

	private static final Logger log = LoggerFactory.getLogger(SecurityEventRetention.class);

	private final SecurityEventLog events;
	private final Duration retention;

	SecurityEventRetention(SecurityEventLog events,
			@Value("${lectern.security.events-retention:365d}") Duration retention) {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalStateException("lectern.security.events-retention must be longer than zero, not " + retention);
		}
		this.events = events;
		this.retention = retention;
	}

	@Scheduled(cron = "${lectern.security.events-purge-cron:0 17 3 * * *}")
	int purge() {
		int deleted = events.purgeOlderThan(retention);
		if (deleted > 0) {
			log.info("Deleted {} security events older than {} days", deleted, retention.toDays());
		}
		return deleted;
	}
}
