package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.lectern.web.Browser;
import io.lectern.web.OpenIdProvider;

/**
 * A learner whose school runs an OpenID Connect provider (mock-oauth2-server, started here and
 * reached by the browser itself) logs in with it from the login page: signs in on the provider's
 * own page, comes back with a new account on the dashboard, later confirms "it is you" by signing in
 * there again before adding an e-mail address, and logs out. An admin then finds the login in the
 * security events. Every page of the portal is checked with axe-core in both themes; the provider's
 * page is not the portal's, so it is only photographed.
 */
class SingleSignOnJourneyTest extends BrowserJourney {

	private static final OpenIdProvider provider = OpenIdProvider.withLoginPage();

	@DynamicPropertySource
	static void portal(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:single-sign-on-journey");
		provider.registration().forEach((name, value) -> registry.add(name, () -> value));
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	/** The provider's page asks a font service for its typeface: the journey reaches no outside host. */
	@BeforeEach
	void keepToThisMachine() {
		driver().executeCdpCommand("Network.enable", Map.of());
		driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*//fonts.googleapis.com/*")));
	}

	@AfterEach
	void unblock() {
		driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
		driver().executeCdpCommand("Network.disable", Map.of());
	}

	@Test
	void aLearnerLogsInThroughTheirSchoolConfirmsItIsThemThereAndLogsOut() {
		String subject = "journey-" + UUID.randomUUID().toString().substring(0, 8);
		open("/login");
		recordInBothThemes("login");
		followLink(".sso-list", "Log in with Example School");
		signInAtTheProvider(subject, "{\"preferred_username\": \"" + subject + "\", \"name\": \"Sam Single\","
				+ " \"email\": \"" + subject + "@school.example\", \"email_verified\": true}");

		assertThat(path()).isEqualTo("/me");
		assertThat(heading()).contains("Sam Single");
		assertThat(find(".account-nav").getText()).contains("Dashboard", "Log out");
		recordInBothThemes("dashboard");

		open("/me/security");
		assertThat(find("main .lead").getText()).isEqualTo("You are logged in as " + subject + ".");
		type("#email", "sam@school.example");
		follow(find("form[action='/me/security/email'] button[type=submit]"));
		// An account the provider opened has no password here: the change waits for a confirmation.
		assertThat(find("section[aria-labelledby=email-heading] .notice-warning").getText())
			.isEqualTo("That is not your current password. Nothing was changed.");
		recordInBothThemes("security-unconfirmed");

		follow(find(".confirm-panel").findElement(By.xpath(".//button[normalize-space()='Confirm with Example School']")));
		// prompt=login: the provider asks again even though it knows this browser, and says when it did.
		assertThat(driver().getCurrentUrl()).contains("prompt=login", "max_age=300");
		signInAtTheProvider(subject, "{\"auth_time\": " + Instant.now().getEpochSecond() + "}");

		assertThat(path()).isEqualTo("/me/security");
		assertThat(find(".confirm-panel .notice-saved").getText()).startsWith("You logged in again with Example School");
		assertThat(driver().findElements(By.id("emailCurrentPassword"))).isEmpty();
		recordInBothThemes("security-confirmed");
		type("#email", "sam@school.example");
		follow(find("form[action='/me/security/email'] button[type=submit]"));
		assertThat(find("main").getText()).contains("sam@school.example: not confirmed yet");
		recordInBothThemes("email-added");

		follow(find("form.logout-form button"));
		assertThat(driver().findElements(By.cssSelector(".account-nav form.logout-form"))).isEmpty();
		assertThat(Browser.location(new Browser(port).get("/me"))).isEqualTo("/login");

		logIn(ADMIN, Browser.PASSWORD);
		assertThat(securityEvents("Login", subject)).contains("single sign-on with school");
		recordInBothThemes("security-events");
	}

	/**
	 * Types who signs in, and the claims the provider is to vouch for, into the provider's own login
	 * page, and waits until its answer has brought the browser back to the portal.
	 */
	private void signInAtTheProvider(String subject, String claims) {
		WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(15));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
		assertThat(driver().getCurrentUrl()).startsWith(provider.issuer(OpenIdProvider.ISSUER_ID));
		photograph("provider-login");
		type("input[name=username]", subject);
		type("textarea[name=claims]", claims);
		follow(find("input[type=submit]"));
		wait.until(d -> d.getCurrentUrl().startsWith("http://localhost:" + port + "/"));
	}
}
