package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Authenticator;
import io.lectern.web.Browser;
import io.lectern.web.OpenIdProvider;
import io.lectern.web.PortalTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Logging in through an OpenID Connect provider started by the test, the whole authorization code
 * flow over real HTTP: the portal's "Log in with" link, the provider's login, the code and state
 * back to the portal, the token request, the signed ID token. A first login opens an account; an
 * identity seen before opens the same one; a verified address links to an account only with its
 * password; an unverified one never links; a forged state and the provider's errors log nobody in.
 * Two providers are registered, and the same subject at each is a different person.
 */
class SingleSignOnTest extends PortalTest {

	private static final OpenIdProvider provider = new OpenIdProvider();

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void portal(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:single-sign-on");
		provider.registration().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("lectern.sso.role-claim", () -> "groups");
		registry.add("lectern.sso.instructor-values", () -> "teachers, staff");
		registry.add("lectern.sso.admin-values", () -> "portal-admins");
		registry.add("lectern.security.mfa-required-roles", () -> "ADMIN");
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Test
	void theLoginPageHasAButtonForTheProvider() {
		String page = new Browser(port).get("/login?next=/review").body();

		assertThat(page).contains("in with Example School", "href=\"/oauth2/authorization/school?next=/review\"",
				"in with Example College", "href=\"/oauth2/authorization/college?next=/review\"");
	}

	@Test
	void aFirstLoginOpensAnAccountAndTheSameIdentityOpensItAgain() {
		String subject = newSubject();
		Browser browser = new Browser(port);
		provider.nextLogIn(subject, Map.of("preferred_username", "Zoë.Ünal", "name", "Zoë Ünal", "email",
				subject + "@school.example", "email_verified", true));

		HttpResponse<String> landed = provider.logIn(browser);

		assertThat(Browser.location(landed)).isEqualTo("/me");
		assertThat(browser.get("/me/data.json").body()).contains("\"username\":\"zoe.unal", "\"displayName\":\"Zoë Ünal\"");
		String username = usernameOf(browser);
		assertThat(eventsOf(username)).containsExactly("LOGIN SUCCEEDED single sign-on with school",
				"REGISTRATION SUCCEEDED single sign-on with school");

		Browser later = new Browser(port);
		provider.nextLogIn(subject, Map.of("preferred_username", "someone-else", "name", "Renamed"));
		assertThat(Browser.location(provider.logIn(later))).isEqualTo("/me");
		assertThat(usernameOf(later)).isEqualTo(username);
	}

	@Test
	void anUnknownProviderLeadsNowhere() {
		Browser guest = new Browser(port);

		assertThat(guest.get("/oauth2/authorization/nowhere").statusCode()).isEqualTo(404);
		assertThat(failedTo(guest.get("/login/oauth2/code/nowhere?code=made-up&state=made-up"))).isTrue();
		assertThat(lastFailure()).isEqualTo("SSO_FAILED FAILED single sign-on with an unknown provider: "
				+ "authorization_request_not_found");
	}

	@Test
	void theSameSubjectAtAnotherProviderIsSomeoneElse() {
		String subject = newSubject();
		Browser atSchool = new Browser(port);
		provider.nextLogIn(subject, Map.of("name", "Pat At School", "preferred_username", "pat"));
		provider.logIn(atSchool);
		Browser atCollege = new Browser(port);
		provider.nextLogIn(OpenIdProvider.OTHER_ISSUER_ID, subject, Map.of("name", "Pat At College", "preferred_username",
				"pat"), Duration.ofHours(1));

		assertThat(Browser.location(provider.logIn(atCollege, OpenIdProvider.OTHER_ISSUER_ID))).isEqualTo("/me");

		String college = usernameOf(atCollege);
		assertThat(college).isNotEqualTo(usernameOf(atSchool));
		assertThat(atCollege.get("/me").body()).contains("Pat At College").doesNotContain("Pat At School");
		assertThat(eventsOf(college)).contains("REGISTRATION SUCCEEDED single sign-on with college");
	}

	@Test
	void theLoginReturnsWhereThePersonWasGoing() {
		Browser browser = new Browser(port);
		provider.nextLogIn(newSubject(), Map.of("name", "Returning Reader"));

		URI back = provider.authorize(browser, "/oauth2/authorization/school?next=/review");

		assertThat(Browser.location(browser.get(OpenIdProvider.pathAndQuery(back)))).isEqualTo("/review");
		assertThat(browser.get("/review").statusCode()).isEqualTo(200);
	}

	@Test
	void aTakenUsernameIsNeverReused() {
		String taken = "kim-" + UUID.randomUUID().toString().substring(0, 6);
		new Browser(port).register(taken, "Kim Here First");
		Browser browser = new Browser(port);
		provider.nextLogIn(newSubject(), Map.of("preferred_username", taken, "name", "Kim Elsewhere"));

		assertThat(Browser.location(provider.logIn(browser))).isEqualTo("/me");

		assertThat(usernameOf(browser)).isEqualTo(taken + "-2");
		assertThat(browser.get("/me").body()).contains("Kim Elsewhere").doesNotContain("Kim Here First");
	}

	@Test
	void aVerifiedAddressLinksToAnAccountOnlyWithItsPassword() {
		String name = "lin-" + UUID.randomUUID().toString().substring(0, 6);
		String address = name + "@school.example";
		Browser earlier = new Browser(port);
		earlier.register(name, "Lin With Progress");
		confirmAddress(name, address);
		String subject = newSubject();
		Browser browser = new Browser(port);
		provider.nextLogIn(subject, Map.of("email", address, "email_verified", true, "preferred_username", "lin"));

		HttpResponse<String> asked = provider.logIn(browser);

		assertThat(Browser.location(asked)).isEqualTo("/login/sso/link");
		assertThat(browser.get("/me").statusCode()).as("nobody is logged in yet").isEqualTo(302);
		String page = browser.get("/login/sso/link").body();
		assertThat(page).contains("Example School", address, "<option value=\"" + name + "\" selected=\"selected\">");
		HttpResponse<String> wrong = browser.submit("/login/sso/link", "username", name, "password", "not the password");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("That is not the password of that account. Nothing was linked.");
		assertThat(browser.get("/me").statusCode()).isEqualTo(302);
		assertThat(identitiesOf(name)).isZero();

		browser.get("/login/sso/link");
		HttpResponse<String> linked = browser.submit("/login/sso/link", "username", name, "password", Browser.PASSWORD);

		assertThat(Browser.location(linked)).isEqualTo("/me");
		assertThat(usernameOf(browser)).isEqualTo(name);
		assertThat(eventsOf(name)).containsSubsequence("LOGIN SUCCEEDED single sign-on with school",
				"SSO_LINKED SUCCEEDED single sign-on with school", "SSO_LINKED FAILED wrong password, single sign-on with school");
		Browser later = new Browser(port);
		provider.nextLogIn(subject, Map.of("email", address, "email_verified", true));
		assertThat(Browser.location(provider.logIn(later))).isEqualTo("/me");
		assertThat(usernameOf(later)).isEqualTo(name);
	}

	@Test
	void anAddressTheProviderDidNotVerifyNeverLinks() {
		String name = "ulla-" + UUID.randomUUID().toString().substring(0, 6);
		String address = name + "@school.example";
		new Browser(port).register(name, "Ulla The Owner");
		confirmAddress(name, address);
		Browser browser = new Browser(port);
		provider.nextLogIn(newSubject(), Map.of("email", address, "email_verified", false, "preferred_username", name));

		HttpResponse<String> landed = provider.logIn(browser);

		assertThat(Browser.location(landed)).isEqualTo("/me");
		String opened = usernameOf(browser);
		assertThat(opened).isEqualTo(name + "-2");
		assertThat(identitiesOf(name)).isZero();
		assertThat(eventsOf(opened)).contains("REGISTRATION SUCCEEDED single sign-on with school; its e-mail address is not"
				+ " verified by the provider, so it is linked to no account");
	}

	@Test
	void theLinkingPageCanOpenANewAccountInstead() {
		String name = "nia-" + UUID.randomUUID().toString().substring(0, 6);
		String address = name + "@school.example";
		new Browser(port).register(name, "Nia Local");
		confirmAddress(name, address);
		Browser browser = new Browser(port);
		provider.nextLogIn(newSubject(), Map.of("email", address, "email_verified", true, "name", "Nia At School"));
		provider.logIn(browser);
		browser.get("/login/sso/link");

		HttpResponse<String> opened = browser.submit("/login/sso/new");

		assertThat(Browser.location(opened)).isEqualTo("/me");
		assertThat(usernameOf(browser)).isEqualTo(name + "-2");
		assertThat(identitiesOf(name)).isZero();
	}

	@Test
	void theLinkingPageWithoutAProvidersLoginSendsToTheLoginPage() {
		Browser guest = new Browser(port);

		assertThat(Browser.location(guest.get("/login/sso/link"))).isEqualTo("/login");
		guest.get("/login");
		assertThat(Browser.location(guest.submit("/login/sso/link", "username", "portal-admin", "password", Browser.PASSWORD)))
			.isEqualTo("/login");
		assertThat(Browser.location(guest.submit("/login/sso/new"))).isEqualTo("/login");
		assertThat(guest.get("/me").statusCode()).isEqualTo(302);
	}

	@Test
	void aForgedStateLogsNobodyIn() {
		Browser browser = new Browser(port);
		provider.nextLogIn(newSubject(), Map.of("name", "Forged"));
		URI back = provider.authorize(browser, "/oauth2/authorization/school");
		String forged = OpenIdProvider.pathAndQuery(back).replaceAll("state=[^&]+", "state=made-up");

		HttpResponse<String> answer = browser.get(forged);

		assertThat(failedTo(answer)).isTrue();
		assertThat(browser.get("/me").statusCode()).isEqualTo(302);
		assertThat(browser.get("/login?sso=failed").body()).contains("Logging in through your organisation did not work");
		assertThat(lastFailure()).isEqualTo("SSO_FAILED FAILED single sign-on with school: authorization_request_not_found");
	}

	@Test
	void aCodeBroughtBackInAnotherBrowserLogsNobodyIn() {
		Browser victim = new Browser(port);
		provider.nextLogIn(newSubject(), Map.of("name", "Attacker"));
		URI back = provider.authorize(new Browser(port), "/oauth2/authorization/school");

		HttpResponse<String> answer = victim.get(OpenIdProvider.pathAndQuery(back));

		assertThat(failedTo(answer)).isTrue();
		assertThat(victim.get("/me").statusCode()).isEqualTo(302);
	}

	@Test
	void theProvidersRefusalLogsNobodyIn() {
		Browser browser = new Browser(port);
		provider.nextLogIn(newSubject(), Map.of("name", "Refused"));
		URI back = provider.authorize(browser, "/oauth2/authorization/school");
		String state = back.getRawQuery().replaceAll(".*state=([^&]+).*", "$1");

		HttpResponse<String> answer = browser.get("/login/oauth2/code/school?error=access_denied&state=" + state);

		assertThat(failedTo(answer)).isTrue();
		assertThat(browser.get("/me").statusCode()).isEqualTo(302);
		assertThat(lastFailure()).isEqualTo("SSO_FAILED FAILED single sign-on with school: access_denied");
	}

	@Test
	void anExpiredIdTokenLogsNobodyIn() {
		Browser browser = new Browser(port);
		// Expired five minutes before it was made: beyond the minute of clock skew Spring Security allows.
		provider.nextLogIn(OpenIdProvider.ISSUER_ID, newSubject(), Map.of("name", "Stale Token"), Duration.ofMinutes(-5));

		HttpResponse<String> answer = provider.logIn(browser);

		assertThat(failedTo(answer)).isTrue();
		assertThat(browser.get("/me").statusCode()).isEqualTo(302);
		assertThat(lastFailure()).isEqualTo("SSO_FAILED FAILED single sign-on with school: invalid_id_token");
	}

	@Test
	void rolesFollowTheProvidersClaim() {
		String subject = newSubject();
		Browser teacher = new Browser(port);
		provider.nextLogIn(subject, Map.of("name", "Tom Teacher", "groups", List.of("staff", "chess-club")));
		provider.logIn(teacher);
		String name = usernameOf(teacher);

		assertThat(teacher.get("/instructor").statusCode()).isEqualTo(200);

		Browser later = new Browser(port);
		provider.nextLogIn(subject, Map.of("name", "Tom Teacher", "groups", List.of("chess-club")));
		provider.logIn(later);
		assertThat(later.get("/instructor").statusCode()).isEqualTo(403);
		assertThat(eventsOf(name)).contains("ROLES_CHANGED SUCCEEDED from [LEARNER, INSTRUCTOR] to [LEARNER]",
				"ROLES_CHANGED SUCCEEDED from [LEARNER] to [LEARNER, INSTRUCTOR]");
		assertThat(jdbc.queryForObject("select actor from security_event where username = ? and kind = 'ROLES_CHANGED'"
				+ " order by id desc limit 1", String.class, name)).isEqualTo("single sign-on: school");
	}

	@Test
	void anAdminWhoseProviderDidNotVouchForASecondFactorMustSetUpTwoStepLogin() {
		Browser admin = new Browser(port);
		provider.nextLogIn(newSubject(), Map.of("name", "Ada Admin", "groups", "portal-admins", "amr", List.of("pwd")));

		HttpResponse<String> landed = provider.logIn(admin);

		assertThat(Browser.location(landed)).isEqualTo("/me/security/mfa");
		assertThat(Browser.location(admin.get("/admin/users"))).isEqualTo("/me/security/mfa");
	}

	@Test
	void anAdminWhoseProviderVouchedForTwoFactorsIsNotAskedAgain() {
		Browser admin = new Browser(port);
		provider.nextLogIn(newSubject(), Map.of("name", "Mo Admin", "groups", "portal-admins", "amr", List.of("pwd", "mfa")));

		HttpResponse<String> landed = provider.logIn(admin);

		assertThat(Browser.location(landed)).isEqualTo("/me");
		assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
		assertThat(eventsOf(usernameOf(admin))).contains("LOGIN SUCCEEDED single sign-on with school, two factors at the provider");
	}

	@Test
	void anAccountWithTwoStepLoginIsAskedForItsCodeUnlessTheProviderVouchedForTwoFactors() {
		String subject = newSubject();
		Browser first = new Browser(port);
		provider.nextLogIn(subject, Map.of("name", "Theo Careful"));
		provider.logIn(first);
		Authenticator app = Authenticator.fromSetUpPage(first.get("/me/security/mfa").body());
		assertThat(first.submit("/me/security/mfa", "code", app.now()).statusCode()).isEqualTo(200);
		String name = usernameOf(first);

		Browser second = new Browser(port);
		provider.nextLogIn(subject, Map.of("name", "Theo Careful", "amr", List.of("pwd")));
		assertThat(Browser.location(provider.logIn(second))).isEqualTo("/login/code");
		assertThat(second.get("/me").statusCode()).isEqualTo(302);
		second.get("/login/code");
		assertThat(Browser.location(second.submit("/login/code", "code", app.next()))).isEqualTo("/me");
		assertThat(usernameOf(second)).isEqualTo(name);
		assertThat(eventsOf(name)).first().isEqualTo("LOGIN SUCCEEDED single sign-on with school and app code");

		Browser third = new Browser(port);
		provider.nextLogIn(subject, Map.of("name", "Theo Careful", "amr", List.of("mfa")));
		assertThat(Browser.location(provider.logIn(third))).isEqualTo("/me");
	}

	@Test
	void anAccountTheProviderOpenedConfirmsByLoggingInAgainThereInsteadOfAPassword() {
		String subject = newSubject();
		Browser browser = loggedInThroughTheProvider(subject);
		String username = usernameOf(browser);
		assertThat(browser.get("/me/security").body()).contains("Confirm with <span>Example School</span>",
				"id=\"emailCurrentPassword\"");
		browser.submit("/me/security/email", "email", "zoe@school.example", "currentPassword", "");
		assertThat(emailOf(username)).as("no password, no confirmation: nothing changes").isNull();

		HttpResponse<String> back = confirmAgain(browser, subject, Instant.now().getEpochSecond());

		assertThat(Browser.location(back)).isEqualTo("/me/security");
		String page = browser.get("/me/security").body();
		assertThat(page).contains("You logged in again with <strong>Example School</strong>")
			.doesNotContain("id=\"emailCurrentPassword\"", "id=\"currentPassword\"");
		assertThat(Browser.location(browser.submit("/me/security/email", "email", "zoe@school.example"))).isEqualTo("/me/security");
		assertThat(emailOf(username)).isEqualTo("zoe@school.example");
		assertThat(Browser.location(browser.submit("/me/security/password", "newPassword", "a password of my own now",
				"confirmPassword", "a password of my own now"))).isEqualTo("/me/security");
		assertThat(Browser.location(new Browser(port).logIn(username, "a password of my own now"))).isEqualTo("/me");
		assertThat(eventsOf(username)).contains("REAUTHENTICATED SUCCEEDED logged in again with school");

		browser.get("/me/delete");
		assertThat(browser.submit("/me/delete").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/?account-deleted"));
		assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username)).isZero();
	}

	@Test
	void aLoginTheProviderSaysIsOlderThanMaxAgeDoesNotConfirm() {
		String subject = newSubject();
		Browser browser = loggedInThroughTheProvider(subject);
		String username = usernameOf(browser);

		HttpResponse<String> back = confirmAgain(browser, subject, Instant.now().minusSeconds(3600).getEpochSecond());

		assertThat(Browser.location(back)).isEqualTo("/me/security");
		assertThat(browser.get("/me/security").body()).contains("did not ask you to log in again", "id=\"emailCurrentPassword\"");
		browser.submit("/me/security/email", "email", "zoe@school.example");
		assertThat(emailOf(username)).isNull();
		assertThat(usernameOf(browser)).as("still logged in as before").isEqualTo(username);
		assertThat(eventsOf(username)).anySatisfy(event -> assertThat(event).startsWith("REAUTHENTICATED FAILED auth_time"));
	}

	@Test
	void aLoginWithoutAuthTimeDoesNotConfirm() {
		String subject = newSubject();
		Browser browser = loggedInThroughTheProvider(subject);

		confirmAgain(browser, subject, null);

		assertThat(browser.get("/me/security").body()).contains("did not say when you logged in");
		assertThat(eventsOf(usernameOf(browser)).get(0)).isEqualTo("REAUTHENTICATED FAILED no auth_time from school");
	}

	@Test
	void someoneElseAtTheProviderDoesNotConfirmAndTheAccountStaysLoggedIn() {
		String subject = newSubject();
		Browser browser = loggedInThroughTheProvider(subject);
		String username = usernameOf(browser);

		confirmAgain(browser, newSubject(), Instant.now().getEpochSecond());

		assertThat(browser.get("/me/security").body()).contains("is not the one linked to this account");
		assertThat(usernameOf(browser)).isEqualTo(username);
		browser.get("/me/delete");
		assertThat(browser.submit("/me/delete").statusCode()).isEqualTo(400);
	}

	@Test
	void anAccountWithoutALinkedProviderCannotConfirmThroughOne() {
		Browser learner = Browser.newLearner(port);

		assertThat(learner.get("/me/security").body()).doesNotContain("Confirm with");
		assertThat(learner.submit("/me/security/confirm", "provider", "school", "next", "/me/security").statusCode()).isEqualTo(404);
	}

	private Browser loggedInThroughTheProvider(String subject) {
		Browser browser = new Browser(port);
		provider.nextLogIn(subject, Map.of("preferred_username", subject, "name", "Zoë Ünal"));
		assertThat(Browser.location(provider.logIn(browser))).isEqualTo("/me");
		return browser;
	}

	/** "Confirm with Example School" on the security page, the provider logging {@code subject} in at {@code authTime}. */
	private HttpResponse<String> confirmAgain(Browser browser, String subject, Long authTime) {
		browser.get("/me/security");
		HttpResponse<String> start = browser.submit("/me/security/confirm", "provider", "school", "next", "/me/security");
		String toProvider = OpenIdProvider.pathAndQuery(URI.create(start.headers().firstValue("Location").orElseThrow()));
		assertThat(toProvider).isEqualTo("/oauth2/authorization/school?confirm=1");
		provider.nextLogIn(subject, authTime == null ? Map.of() : Map.of("auth_time", authTime));
		return provider.confirm(browser, toProvider, 300, subject);
	}

	private String emailOf(String username) {
		return jdbc.queryForObject("select email from account where username = ?", String.class, username);
	}

	/** Whether the answer sends back to the login page, saying the provider's login failed. */
	private static boolean failedTo(HttpResponse<String> answer) {
		return answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").endsWith("/login?sso=failed");
	}

	private void confirmAddress(String username, String address) {
		jdbc.update("update account set email = ?, email_confirmed = true where username = ?", address, username);
	}

	private int identitiesOf(String username) {
		return jdbc.queryForObject("select count(*) from account_sso_identity i join account a on a.public_id = i.learner_id"
				+ " where a.username = ?", Integer.class, username);
	}

	private String lastFailure() {
		return jdbc.queryForObject("select kind || ' ' || outcome || ' ' || detail from security_event"
				+ " where kind = 'SSO_FAILED' order by id desc limit 1", String.class);
	}

	private static String newSubject() {
		return "person-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String usernameOf(Browser browser) {
		return browser.get("/me/data.json").body().replaceAll("(?s).*\"username\":\"([^\"]+)\".*", "$1");
	}

	/** The account's security events, newest first: kind, outcome and detail. */
	private List<String> eventsOf(String username) {
		return jdbc.queryForList("select kind || ' ' || outcome || ' ' || coalesce(detail, '') from security_event"
				+ " where username = ? and kind <> 'DATA_EXPORTED' order by id desc", String.class, username);
	}

}
