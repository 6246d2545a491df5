package io.lectern.accounts.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.lectern.web.PortalTest;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** Each event goes to the log too, as key-value pairs that structured logging turns into JSON fields. */
class SecurityEventLogTest extends PortalTest {

	@Autowired
	SecurityEventLog events;

	@Test
	void anEventIsLoggedWithItsFieldsAsKeyValuePairs() {
		Logger logger = (Logger) LoggerFactory.getLogger("io.lectern.security-events");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			events.record(SecurityEventEntry.of(SecurityEventKind.ROLES_CHANGED, Outcome.SUCCEEDED)
				.account("logged-ana", "0000-ana")
				.by("logged-admin")
				.from("192.0.2.4")
				.saying("from [LEARNER] to [LEARNER, ADMIN]"));
		}
		finally {
			logger.detachAppender(appender);
		}

		assertThat(appender.list).singleElement().satisfies(line -> {
			assertThat(line.getFormattedMessage()).isEqualTo("Security event ROLES_CHANGED SUCCEEDED");
			Map<String, Object> fields = line.getKeyValuePairs()
				.stream()
				.filter(pair -> pair.value != null)
				.collect(Collectors.toMap(pair -> pair.key, pair -> pair.value));
			assertThat(fields).containsEntry("event", "ROLES_CHANGED")
				.containsEntry("outcome", "SUCCEEDED")
				.containsEntry("username", "logged-ana")
				.containsEntry("learner_id", "0000-ana")
				.containsEntry("actor", "logged-admin")
				.containsEntry("address", "192.0.2.4")
				.containsEntry("detail", "from [LEARNER] to [LEARNER, ADMIN]");
		});
	}

	@Test
	void whatATypedNameHoldsIsCutToItsColumnAndStrippedOfControlCharacters() {
		SecurityEvent event = new SecurityEvent(Instant.now(), SecurityEventKind.LOGIN, Outcome.FAILED,
				"line\nbreak" + "x".repeat(100), null, null, "203.0.113.1", null);

		assertThat(event.username()).hasSize(40).startsWith("line?break").doesNotContain("\n");
	}
}
