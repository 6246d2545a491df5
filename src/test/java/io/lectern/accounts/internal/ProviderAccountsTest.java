package io.lectern.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The username a provider's login starts an account with: made from what the provider calls the
 * person, always one that the username rule accepts, and numbered when the name is taken.
 */
class ProviderAccountsTest {

	@Test
	void thePreferredUsernameLosesItsAccentsAndCapitals() {
		assertThat(ProviderAccounts.base("Zoë.Ünal", "zoe@school.example")).isEqualTo("zoe.unal");
	}

	@Test
	void anEmailAddressGivesOnlyThePartBeforeTheAt() {
		assertThat(ProviderAccounts.base(null, "ana.lima@school.example")).isEqualTo("ana.lima");
	}

	@Test
	void charactersOutsideTheRuleBecomeDashesAndLeadingPunctuationGoes() {
		assertThat(ProviderAccounts.base("__Ana Lima / Staff__")).isEqualTo("ana-lima-staff");
	}

	@Test
	void aNameTooShortOrWithoutLettersFallsToTheNextAndFinallyToLearner() {
		assertThat(ProviderAccounts.base("王", "x@school.example", "jo")).isEqualTo("learner");
		assertThat(ProviderAccounts.base("王", "maria@school.example")).isEqualTo("maria");
	}

	@Test
	void aLongNameIsCutSoThatNumberedOnesStillFit() {
		String base = ProviderAccounts.base("a".repeat(60));

		assertThat(base).hasSize(32);
		assertThat(Username.parse(ProviderAccounts.candidate(base, 999))).isPresent();
	}

	@Test
	void theFirstCandidateIsTheNameAndTheNextOnesAreNumberedFromTwo() {
		assertThat(ProviderAccounts.candidate("kim", 1)).isEqualTo("kim");
		assertThat(ProviderAccounts.candidate("kim", 2)).isEqualTo("kim-2");
	}

	@Test
	void everyDerivedNameFollowsTheUsernameRule() {
		for (String name : new String[] { "-.-abc", "ÅSA", "a b c", "1234", "x".repeat(33) + "-", "ok\u0000name" }) {
			assertThat(Username.parse(ProviderAccounts.base(name))).as(name).isPresent();
		}
	}
}
