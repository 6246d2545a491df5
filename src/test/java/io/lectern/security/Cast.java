package io.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor of each kind, each in their own browser: a guest, a learner who has submitted one
 * attempt at the bundled quiz and has a second one open, an instructor whom the admin granted the
 * role on the admin page (as a person would be), and the configured admin. Every one of them logs
 * in successfully: the suite spends none of the address's small allowance of failed logins, which
 * every test class sharing the portal draws on.
 */
final class Cast {

	private static final Pattern ROLES_FORM = Pattern.compile("action=\"(/admin/users/[^\"]+/roles)\"");

	private final Map<Visitor, Browser> browsers = new EnumMap<>(Visitor.class);

	/** The learner's submitted attempt, whose page is its result and review. */
	private String submittedAttempt;

	/** The learner's attempt in progress, whose page is the attempt form. */
	private String openAttempt;

	private Cast() {
	}

	static Cast assemble(int port) {
		Cast cast = new Cast();
		cast.browsers.put(Visitor.GUEST, new Browser(port));
		Browser learner = Browser.newLearner(port);
		cast.browsers.put(Visitor.LEARNER, learner);
		cast.submittedAttempt = BundledQuiz.start(learner);
		learner.get(cast.submittedAttempt);
		assertThat(Browser.location(learner.submit(cast.submittedAttempt, "action", "submit")))
			.isEqualTo(cast.submittedAttempt);
		cast.openAttempt = BundledQuiz.start(learner);
		Browser admin = admin(port);
		cast.browsers.put(Visitor.ADMIN, admin);
		cast.browsers.put(Visitor.INSTRUCTOR, instructor(port, admin));
		return cast;
	}

	Browser as(Visitor visitor) {
		return browsers.get(visitor);
	}

	String submittedAttempt() {
		return submittedAttempt;
	}

	String openAttempt() {
		return openAttempt;
	}

	/** A browser in which the configured admin has logged in. */
	static Browser admin(int port) {
		Browser admin = new Browser(port);
		assertThat(Browser.location(admin.logIn(PortalTest.ADMIN, Browser.PASSWORD))).isEqualTo("/me");
		return admin;
	}

	/** Registers someone new, has the admin grant them INSTRUCTOR, and logs them in again, since roles are read at login. */
	static Browser instructor(int port, Browser admin) {
		String username = "instructor-" + UUID.randomUUID().toString().substring(0, 8);
		new Browser(port).register(username, "Iris Instructor");
		String users = admin.get("/admin/users?q=" + username).body();
		assertThat(Browser.location(admin.submit(rolesFormOf(users, username), "role", "INSTRUCTOR")))
			.isEqualTo("/admin/users");
		Browser instructor = new Browser(port);
		assertThat(Browser.location(instructor.logIn(username, Browser.PASSWORD))).isEqualTo("/me");
		return instructor;
	}

	/** The learner id of the browser's account, from its own data download. */
	static String learnerIdOf(Browser browser) {
		return browser.get("/me/data.json").body().replaceAll("(?s).*\"learnerId\":\"([^\"]+)\".*", "$1");
	}

	/** The address of the roles form in the admin page's row for this username. */
	static String rolesFormOf(String adminPage, String username) {
		for (String row : adminPage.split("<tr")) {
			Matcher action = ROLES_FORM.matcher(row);
			if (row.contains(">" + username + "</th>") && action.find()) {
				return action.group(1);
			}
		}
		throw new AssertionError("No roles form for " + username);
	}
}
