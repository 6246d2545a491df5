package io.lectern.accounts.internal.recovery;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one-time tokens of reset links and of e-mail confirmation links, kept apart by purpose. */
@Configuration(proxyBeanMethods = false)
class RecoveryConfiguration {

	/** How long a link works: long enough to switch to the mail, short enough to be of little use to a thief. */
	static final Duration LINK_LIFETIME = Duration.ofMinutes(15);

	@Bean
	HashedOneTimeTokens passwordResetTokens(JdbcTemplate jdbc, Clock clock) {
		return new HashedOneTimeTokens(jdbc, clock, "password-reset");
	}

	@Bean
	HashedOneTimeTokens emailTokens(JdbcTemplate jdbc, Clock clock) {
		return new HashedOneTimeTokens(jdbc, clock, "email");
	}
}
