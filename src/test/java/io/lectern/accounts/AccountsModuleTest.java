package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.accounts.LearnerId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/** The accounts module starts on its own: it uses no other module. */
@ApplicationModuleTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:accounts-module")
class AccountsModuleTest {

	@Autowired
	Accounts accounts;

	@Autowired
	LearnerIdentity learners;

	@Test
	void aGuestIsNobodyAndAnUnknownLearnerHasNoName() {
		assertThat(learners.current(new MockHttpServletRequest())).isEmpty();
		assertThat(accounts.displayNames(List.of(LearnerId.of("no-such-learner")))).isEmpty();
		assertThat(accounts.profile(LearnerId.of("no-such-learner"))).isEmpty();
	}
}
