package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the security event log records of each thing a person does with an account, as the admin
 * reads it on {@code /admin/security-events} and downloads it as CSV. The tests spend as few of the
 * test address's failed logins as they can, since every class sharing the portal draws on them.
 */
class SecurityEventsTest extends PortalTest {

	@Autowired
	LoginThrottle throttle;

	private static String newName() {
		return "sec-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aRegistrationALoginAFailureALogoutAndADataDownloadAreEachRecorded() {
		String name = newName();
		new Browser(port).register(name, "Sam");
		Browser sam = new Browser(port);
		sam.get("/login");
		assertThat(sam.submit("/login", "username", name, "password", "not the password").statusCode()).isEqualTo(401);
		assertThat(Browser.location(sam.submit("/login", "username", name, "password", Browser.PASSWORD))).isEqualTo("/me");
		sam.get("/me/data.json");
		sam.get("/me");
		sam.submit("/logout");

		String events = eventsOf(name);

		assertThat(rows(events)).containsExactly("Logout Succeeded", "Data exported Succeeded", "Login Succeeded",
				"Login Failed", "Registration Succeeded");
		assertThat(events).contains("127.0.0.1", "wrong username or password").doesNotContain(Browser.PASSWORD,
				"not the password");
	}

	@Test
	void aLoginRefusedByTheThrottleIsRecordedAsRefused() {
		String name = newName();
		new Browser(port).register(name, "Tia");
		// Another address spends the name's allowance, so this test spends none of the test address's.
		for (int i = 0; i < 5; i++) {
			throttle.failed(name, "203.0.113.7");
		}

		assertThat(new Browser(port).logIn(name, Browser.PASSWORD).statusCode()).isEqualTo(429);

		String refused = admin().get("/admin/security-events?outcome=REFUSED&username=" + name).body();
		assertThat(rows(refused)).containsExactly("Login Refused");
		assertThat(refused).contains("throttled for");
	}

	@Test
	void aRoleChangeNamesTheAdminWhoMadeItAndADeletionIsKeptAfterTheAccountIsGone() {
		String name = newName();
		Browser lea = new Browser(port);
		lea.register(name, "Lea");
		Browser admin = admin();
		admin.submit(AdminPagesTest.rolesFormOf(admin.get("/admin/users?q=" + name).body(), name), "role", "INSTRUCTOR");
		lea.get("/me/delete");
		assertThat(lea.submit("/me/delete", "password", "wrong password").statusCode()).isEqualTo(400);
		assertThat(Browser.location(lea.submit("/me/delete", "password", Browser.PASSWORD))).isEqualTo("/");

		String events = eventsOf(name);

		assertThat(rows(events)).containsExactly("Account deleted Succeeded", "Account deleted Failed",
				"Roles changed Succeeded", "Registration Succeeded");
		assertThat(events).contains("<td>" + ADMIN + "</td>", "from [LEARNER] to [LEARNER, INSTRUCTOR]");
	}

	@Test
	void theFiltersNarrowByKindOutcomeAndDay() {
		String name = newName();
		new Browser(port).register(name, "Uma");
		Browser admin = admin();
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

		assertThat(rows(admin.get("/admin/security-events?kind=REGISTRATION&username=" + name).body()))
			.containsExactly("Registration Succeeded");
		assertThat(rows(admin.get("/admin/security-events?kind=LOGIN&username=" + name).body())).isEmpty();
		assertThat(rows(admin.get("/admin/security-events?outcome=FAILED&username=" + name).body())).isEmpty();
		assertThat(rows(admin.get("/admin/security-events?username=" + name + "&from=" + today + "&to=" + today).body()))
			.containsExactly("Registration Succeeded");
		assertThat(rows(admin.get("/admin/security-events?username=" + name + "&from=" + tomorrow).body())).isEmpty();
		String page = admin.get("/admin/security-events?kind=REGISTRATION&username=" + name).body();
		assertThat(page).contains("<option value=\"REGISTRATION\" selected=\"selected\">Registration</option>");
	}

	@Test
	void aNameTypedAsAFormulaIsEscapedOnThePageAndInTheCsv() {
		String formula = "=HYPERLINK(\"//x.example\",\"<b>x</b>\")";
		Browser guess = new Browser(port);
		guess.get("/login");
		assertThat(guess.submit("/login", "username", formula, "password", "wrong").statusCode()).isEqualTo(401);
		Browser admin = admin();
		String query = "?outcome=FAILED&username=" + URLEncoder.encode("=HYPERLINK", StandardCharsets.UTF_8);

		String page = admin.get("/admin/security-events" + query).body();
		HttpResponse<String> csv = admin.get("/admin/security-events.csv" + query);

		assertThat(page).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>");
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(value -> assertThat(value).contains("attachment", "security-events.csv"));
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).isEqualTo("time,event,outcome,username,learner id,actor,address,detail");
		assertThat(lines[1]).contains(",LOGIN,FAILED,\"'=HYPERLINK(\"\"//x.example\"\",\"\"<b>x</b>\"\")\",,,127.0.0.1,");
	}

	@Test
	void onlyAnAdminReadsTheLog() {
		Browser learner = Browser.newLearner(port);

		assertThat(learner.get("/admin/security-events").statusCode()).isEqualTo(403);
		assertThat(learner.get("/admin/security-events.csv").statusCode()).isEqualTo(403);
		assertThat(Browser.location(new Browser(port).get("/admin/security-events"))).isEqualTo("/login");
	}

	private Browser admin() {
		Browser admin = new Browser(port);
		assertThat(Browser.location(admin.logIn(ADMIN, Browser.PASSWORD))).isEqualTo("/me");
		return admin;
	}

	private String eventsOf(String username) {
		return admin().get("/admin/security-events?username=" + username).body();
	}

	/** Each row of the events table as its event and outcome, newest first. */
	static java.util.List<String> rows(String page) {
		Matcher row = Pattern.compile("</time></td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>").matcher(page);
		java.util.List<String> rows = new java.util.ArrayList<>();
		while (row.find()) {
			rows.add(row.group(1) + " " + row.group(2));
		}
		return rows;
	}
}
