package io.lectern.content.internal.web;

import io.lectern.accounts.AccountSecurity;
import io.lectern.authoring.ProblemBoard;
import io.lectern.web.SecurityConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** What a web slice of the content module's pages needs from the modules the slice leaves out. */
@TestConfiguration
@Import(SecurityConfiguration.class)
class WebSlice {

	/** The slice has no accounts module: nothing to add to the security policy. */
	@Bean
	AccountSecurity accountSecurity() {
		return http -> {
		};
	}

	/** Nobody posts problems in the slice, but the header asks the board for its count. */
	@Bean
	ProblemBoard problemBoard() {
		return new ProblemBoard();
	}
}
