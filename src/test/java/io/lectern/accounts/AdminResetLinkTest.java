package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without mail, the way back into an account is a reset link the admin issues from the list of
 * accounts and hands over in person: it works once, for 15 minutes, ends every session, and is
 * kept only as a hash.
 */
class AdminResetLinkTest extends PortalTest {

	private static final Pattern LINK = Pattern.compile("value=\"http://localhost:\\d+(/login/reset\\?token=([^\"]+))\"");

	private static final Pattern RESET_FORM = Pattern.compile("action=\"(/admin/users/[^\"]+/reset-link)\"");

	private static final String NEW_PASSWORD = "handed over in person 2026";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLinkFromTheAdminSetsANewPasswordOnceAndEndsEverySession() {
		String name = newName();
		Browser learner = new Browser(port);
		learner.register(name, "Rae");
		Matcher link = issueLinkFor(name);
		assertThat(jdbc.queryForList("select token_hash from one_time_token where username = ?", String.class, name))
			.as("only a hash of the token is stored")
			.singleElement()
			.satisfies(hash -> assertThat(hash).hasSize(64).isNotEqualTo(link.group(2)));

		Browser atTheDesk = new Browser(port);
		assertThat(atTheDesk.get(link.group(1)).body()).contains("Choose a new password");
		HttpResponse<String> mismatch = atTheDesk.submit("/login/reset", "token", link.group(2), "newPassword", NEW_PASSWORD,
				"confirmPassword", "something else entirely");
		assertThat(mismatch.statusCode()).isEqualTo(400);
		HttpResponse<String> done = atTheDesk.submit("/login/reset", "token", link.group(2), "newPassword", NEW_PASSWORD,
				"confirmPassword", NEW_PASSWORD);

		assertThat(Browser.location(done)).as("a typing mistake did not use the link up").isEqualTo("/login");
		assertThat(Browser.location(learner.get("/me"))).isEqualTo("/login");
		assertThat(Browser.location(new Browser(port).logIn(name, NEW_PASSWORD))).isEqualTo("/me");
		HttpResponse<String> reused = atTheDesk.get(link.group(1));
		assertThat(reused.statusCode()).isEqualTo(400);
		assertThat(reused.body()).contains("This link has expired or was used already");
		atTheDesk.get("/login");
		HttpResponse<String> reusedForm = atTheDesk.submit("/login/reset", "token", link.group(2), "newPassword",
				"a third passphrase, quite long", "confirmPassword", "a third passphrase, quite long");
		assertThat(reusedForm.statusCode()).isEqualTo(400);
		String events = admin().get("/admin/security-events?username=" + name).body();
		assertThat(SecurityEventsTest.rows(events)).contains("Password reset Succeeded",
				"Reset link issued by an admin Succeeded");
		assertThat(events).contains("<td>" + ADMIN + "</td>").doesNotContain(link.group(2));
	}

	@Test
	void anExpiredLinkIsRefused() {
		String name = newName();
		new Browser(port).register(name, "Ned");
		Matcher link = issueLinkFor(name);
		jdbc.update("update one_time_token set expires_at = ? where username = ?", Timestamp.from(Instant.now().minusSeconds(1)),
				name);

		Browser late = new Browser(port);
		assertThat(late.get(link.group(1)).statusCode()).isEqualTo(400);
		late.get("/login");
		HttpResponse<String> refused = late.submit("/login/reset", "token", link.group(2), "newPassword", NEW_PASSWORD,
				"confirmPassword", NEW_PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("This link has expired or was used already");
		assertThat(Browser.location(new Browser(port).logIn(name, Browser.PASSWORD))).isEqualTo("/me");
	}

	@Test
	void withoutMailTheForgottenPasswordPageSendsLearnersToAnAdmin() {
		Browser guest = new Browser(port);

		String page = guest.get("/login/forgot").body();

		assertThat(page).contains("This portal does not send mail. Ask one of its admins for a reset link")
			.doesNotContain("Send me a link");
		assertThat(guest.get("/login").body()).contains("href=\"/login/forgot\"");
	}

	@Test
	void anAdminLogsAnAccountOutEverywhere() {
		String name = newName();
		Browser laptop = new Browser(port);
		laptop.register(name, "Lou");
		Browser phone = new Browser(port);
		phone.logIn(name, Browser.PASSWORD);
		Browser admin = admin();
		Matcher form = Pattern.compile("action=\"(/admin/users/[^\"]+/sessions/end)\"").matcher(admin.get("/admin/users?q=" + name).body());
		assertThat(form.find()).isTrue();

		HttpResponse<String> ended = admin.submit(form.group(1));

		assertThat(admin.follow(ended).body()).contains("Logged " + name + " out everywhere: 2 sessions ended.");
		assertThat(Browser.location(laptop.get("/me"))).isEqualTo("/login");
		assertThat(Browser.location(phone.get("/me"))).isEqualTo("/login");
		assertThat(admin.get("/admin/security-events?kind=SESSION_ENDED&username=" + name).body())
			.contains("every session (2) ended by an admin");
	}

	private Matcher issueLinkFor(String name) {
		Browser admin = admin();
		String users = admin.get("/admin/users?q=" + name).body();
		Matcher form = RESET_FORM.matcher(users);
		assertThat(form.find()).isTrue();
		String page = admin.submit(form.group(1)).body();
		Matcher link = LINK.matcher(page);
		assertThat(link.find()).as("a link in " + page).isTrue();
		return link;
	}

	private Browser admin() {
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		return admin;
	}

	private static String newName() {
		return "reset-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
