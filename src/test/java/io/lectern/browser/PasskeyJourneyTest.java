package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * A learner adds a passkey on their security page, kept by Chromium's virtual authenticator (a
 * platform authenticator that holds discoverable credentials and verifies its user), logs out, logs
 * in with the passkey alone, then with the password, where the passkey is the second step; removes
 * one, and sees an unfinished ceremony explained on the login page. Every
 * page is checked with axe-core, and the strict CSP holds throughout: the ceremonies run from
 * passkeys.js.
 */
class PasskeyJourneyTest extends BrowserJourney {

	private VirtualAuthenticator authenticator;

	@BeforeEach
	void addAuthenticator() {
		authenticator = driver().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true)
			.setIsUserConsenting(true));
	}

	@AfterEach
	void removeAuthenticator() {
		driver().removeVirtualAuthenticator(authenticator);
	}

	@Test
	void addsAPasskeyAndLogsInWithItAloneAndAsTheSecondStep() {
		String username = register("Passkey Learner");
		open("/me/security");
		followLink("section[aria-labelledby='passkeys-heading']", "Add a passkey");
		assertThat(path()).isEqualTo("/me/security/passkeys");
		record("passkeys");

		type("#passkey-label", "Journey laptop");
		follow(find("[data-passkey-register] button[type=submit]"));

		assertThat(find(".notice-saved").getText()).contains("Your passkey is added");
		assertThat(find(".passkeys tbody").getText()).contains("Journey laptop");
		assertThat(authenticator.getCredentials()).hasSize(1);
		record("passkey-added");

		follow(find("form.logout-form button"));
		open("/login");
		record("login-with-passkey");
		follow(find("[data-passkey-login] button[type=submit]"));
		assertThat(path()).isEqualTo("/me");
		assertThat(find(".account-nav").getText()).contains("Log out");

		follow(find("form.logout-form button"));
		open("/login");
		type("#username", username);
		type("#password", Browser.PASSWORD);
		follow(find("form.account-form button[type=submit]"));
		assertThat(path()).isEqualTo("/login/code");
		assertThat(find("main").getText()).contains("Now use your passkey");
		record("second-step-passkey");
		follow(find("[data-passkey-login] button[type=submit]"));
		assertThat(path()).isEqualTo("/me");
	}

	@Test
	void removesAPasskeyAndAnUnfinishedCeremonySaysSoOnThePage() {
		register("Forgetful Passkey Learner");
		open("/me/security/passkeys");
		type("#passkey-label", "Soon removed");
		follow(find("[data-passkey-register] button[type=submit]"));
		type("#passkeyCurrentPassword", Browser.PASSWORD);
		click(find("input[name=passkey]"));
		follow(find("form[action='/me/security/passkeys/remove'] button[type=submit]"));
		assertThat(find(".notice-saved").getText()).contains("is removed");
		assertThat(find("main").getText()).contains("You have no passkey yet");
		record("passkey-removed");
		follow(find("form.logout-form button"));

		// The device refuses to verify its user: the browser ends the ceremony before the portal sees
		// anything, so no failed login is counted against the test address.
		authenticator.setUserVerified(false);
		open("/login");
		click(find("[data-passkey-login] button[type=submit]"));

		new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> find("[data-passkey-login] .passkey-problem").isDisplayed());
		assertThat(find("[data-passkey-login] .passkey-problem").getText()).contains("No passkey was used");
		assertThat(path()).isEqualTo("/login");
		record("passkey-cancelled");
	}
}
