package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.LecternApplication;
import io.lectern.web.Authenticator;
import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the portal on different ports and one PostgreSQL, as behind a load balancer: a
 * learner's session, attempt and progress carry over from either to the other, a session ended
 * on one is ended on the other once its last check there runs out, and a login's second step and
 * its used codes are shared too.
 */
class TwoInstancesTest {

	private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private static int a;

	private static int b;

	@BeforeAll
	static void startTwoInstances() {
		Map<String, Object> settings = new HashMap<>(Postgres.newDatabase());
		settings.put("server.port", 0);
		a = start(settings);
		b = start(settings);
	}

	@AfterAll
	static void stopThem() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void aLearnerLogsInOnAStartsOnASubmitsOnBAndSeesTheResultOnA() {
		Browser learner = new Browser(a);
		learner.register("two-instances", "Learner On Two");
		String attempt = BundledQuiz.start(learner);

		learner.switchTo(b);
		HttpResponse<String> page = learner.get(attempt);
		assertThat(page.statusCode()).as("the attempt page on B, logged in on A").isEqualTo(200);
		List<String> fields = new ArrayList<>(List.of(BundledQuiz.ALL_RIGHT));
		fields.addAll(List.of("action", "submit"));
		HttpResponse<String> submitted = learner.submit(attempt, fields.toArray(String[]::new));
		assertThat(Browser.location(submitted)).as("where the submit on B leads").isEqualTo(attempt);

		learner.switchTo(a);
		String dashboard = PostgresPortalTest.awaitDashboardWith(learner, "Scored 100%", "Completed, by passing its quiz");
		assertThat(dashboard).contains("Learner On Two", "Completed, by passing its quiz");
		assertThat(learner.get(attempt).body()).as("the result on A").contains("100%");
	}

	@Test
	void aPasswordOnAIsFollowedByTheCodeOnBAndTheCodeIsThenRefusedOnA() {
		Browser learner = new Browser(a);
		learner.register("two-steps", "Two Steps");
		Authenticator app = Authenticator.fromSetUpPage(learner.get("/me/security/mfa").body());
		assertThat(learner.submit("/me/security/mfa", "code", app.now()).statusCode()).isEqualTo(200);
		String code = app.next();

		Browser laptop = new Browser(a);
		assertThat(Browser.location(laptop.logIn("two-steps", Browser.PASSWORD))).isEqualTo("/login/code");
		laptop.get("/login/code");
		laptop.switchTo(b);
		assertThat(Browser.location(laptop.submit("/login/code", "code", code))).as("the code on B").isEqualTo("/me");
		assertThat(laptop.get("/me").statusCode()).isEqualTo(200);

		Browser thief = new Browser(a);
		thief.logIn("two-steps", Browser.PASSWORD);
		thief.get("/login/code");
		assertThat(thief.submit("/login/code", "code", code).statusCode()).as("the same code again, on A").isEqualTo(401);
	}

	@Test
	void aSessionEndedOnBIsLoggedOutOnA() {
		Browser laptop = new Browser(a);
		laptop.register("ends-elsewhere", "Ends Elsewhere");
		Browser phone = new Browser(b);
		assertThat(Browser.location(phone.logIn("ends-elsewhere", Browser.PASSWORD))).isEqualTo("/me");
		String list = phone.get("/me/security").body();
		String laptopSession = list.replaceAll("(?s).*name=\"session\" value=\"([^\"]+)\".*", "$1");

		assertThat(Browser.location(phone.submit("/me/security/sessions/end", "session", laptopSession, "currentPassword",
				Browser.PASSWORD))).as("ended on B").isEqualTo("/me/security");

		// A looks the laptop's login up again once its last check runs out (lectern.sessions.checked-every).
		await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(Browser.location(laptop.get("/me"))).as("the laptop, on A").isEqualTo("/login"));
		assertThat(phone.get("/me").statusCode()).isEqualTo(200);
	}

	private static int start(Map<String, Object> settings) {
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(LecternApplication.class)
			.profiles("postgres")
			.properties(settings)
			.run();
		instances.add(instance);
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}
}
