package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first admin comes from configuration, and only an admin may change roles. */
class AdminPagesTest extends PortalTest {

	@Test
	void theConfiguredAdminGrantsTheInstructorRole() {
		String name = "ian-" + UUID.randomUUID().toString().substring(0, 8);
		Browser ian = new Browser(port);
		ian.register(name, "Ian");
		assertThat(ian.get("/instructor").statusCode()).isEqualTo(403);
		Browser admin = new Browser(port);
		assertThat(Browser.location(admin.logIn(ADMIN, Browser.PASSWORD))).isEqualTo("/me");

		String users = admin.get("/admin/users?q=" + name).body();
		HttpResponse<String> saved = admin.submit(rolesFormOf(users, name), "role", "INSTRUCTOR");

		assertThat(Browser.location(saved)).isEqualTo("/admin/users");
		assertThat(admin.follow(saved).body()).contains("Saved the roles of " + name);
		// Roles are read at login: Ian's new role counts from his next login.
		Browser ianAgain = new Browser(port);
		ianAgain.logIn(name, Browser.PASSWORD);
		assertThat(ianAgain.get("/instructor").statusCode()).isNotEqualTo(403);
	}

	@Test
	void anAdminCannotTakeTheAdminRoleFromThemselves() {
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		String users = admin.get("/admin/users?q=" + ADMIN.toUpperCase()).body();

		HttpResponse<String> refused = admin.submit(rolesFormOf(users, ADMIN), "role", "INSTRUCTOR");

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("You cannot take the admin role from yourself");
	}

	@Test
	void aLearnerGets403OnEveryAdminAndInstructorAddress() {
		Browser learner = Browser.newLearner(port);
		for (String path : new String[] { "/admin/users", "/instructor" }) {
			assertThat(learner.get(path).statusCode()).as(path).isEqualTo(403);
		}
		learner.get("/");
		assertThat(learner.submit("/admin/users/anyone/roles", "role", "ADMIN").statusCode()).isEqualTo(403);
	}

	/** The address of the roles form in the table row of this username. */
	static String rolesFormOf(String page, String username) {
		for (String row : page.split("<tr")) {
			Matcher action = Pattern.compile("action=\"(/admin/users/[^\"]+/roles)\"").matcher(row);
			if (row.contains(">" + username + "</th>") && action.find()) {
				return action.group(1);
			}
		}
		throw new AssertionError("No roles form for " + username);
	}
}
