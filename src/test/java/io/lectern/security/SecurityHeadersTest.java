package io.lectern.security;

import static io.lectern.security.Visitor.GUEST;
import static io.lectern.security.Visitor.INSTRUCTOR;
import static io.lectern.security.Visitor.LEARNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The browser-side defences every answer carries, page, file, redirect, error or JSON alike: a
 * Content-Security-Policy that runs no inline script and lets no site frame the portal, no MIME
 * sniffing, a referrer policy that keeps paths to this site, and HSTS only when the request came
 * over TLS. Behind the proxy (here: a request from the loopback address saying
 * {@code X-Forwarded-Proto: https}) the connection counts as secure; over plain HTTP a browser
 * ignores HSTS and a header there would only mislead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest extends PortalTest {

	private static final Set<String> PRIVATE_REFERRERS = Set.of("no-referrer", "same-origin", "strict-origin",
			"strict-origin-when-cross-origin");

	private Cast cast;

	private Forger forger;

	/** One address of each kind of page, and who asks for it. */
	record Page(String kind, Visitor who, String path) {
	}

	@BeforeAll
	void assemble() {
		cast = Cast.assemble(port);
		forger = new Forger(port);
	}

	@Test
	void everyKindOfPageRunsOnlyTheSitesOwnScriptsAndCannotBeFramed() {
		SoftAssertions softly = new SoftAssertions();
		for (Page page : pages()) {
			HttpResponse<String> answer = get(page, false);
			Optional<String> policy = answer.headers().firstValue("Content-Security-Policy");
			softly.assertThat(policy).as(page.kind() + ": Content-Security-Policy").isPresent();
			if (policy.isEmpty()) {
				continue;
			}
			Map<String, List<String>> directives = directives(policy.get());
			List<String> scripts = directives.getOrDefault("script-src", directives.get("default-src"));
			softly.assertThat(scripts).as(page.kind() + ": script-src or default-src of " + policy.get()).isNotNull();
			if (scripts != null) {
				softly.assertThat(scripts).as(page.kind() + ": script sources").doesNotContain("'unsafe-inline'", "*");
			}
			softly.assertThat(directives.get("frame-ancestors")).as(page.kind() + ": frame-ancestors").containsExactly("'none'");
			// Images from other sites are fetched to the portal when a course loads, never hotlinked.
			softly.assertThat(directives.getOrDefault("img-src", directives.get("default-src")))
				.as(page.kind() + ": img-src or default-src of " + policy.get())
				.isNotEmpty()
				.isSubsetOf("'self'", "'none'");
			softly.assertThat(answer.headers().firstValue("X-Frame-Options")).as(page.kind() + ": X-Frame-Options")
				.hasValue("DENY");
		}
		softly.assertAll();
	}

	@Test
	void everyKindOfPageForbidsSniffingAndKeepsItsAddressFromOtherSites() {
		SoftAssertions softly = new SoftAssertions();
		for (Page page : pages()) {
			HttpHeaders headers = get(page, false).headers();
			softly.assertThat(headers.allValues("X-Content-Type-Options")).as(page.kind() + ": X-Content-Type-Options")
				.containsExactly("nosniff");
			softly.assertThat(headers.firstValue("Referrer-Policy")).as(page.kind() + ": Referrer-Policy")
				.hasValueSatisfying(policy -> assertThat(PRIVATE_REFERRERS).contains(policy));
		}
		softly.assertAll();
	}

	@Test
	void hstsComesOnlyOverASecureConnection() {
		SoftAssertions softly = new SoftAssertions();
		for (Page page : pages()) {
			softly.assertThat(get(page, false).headers().firstValue("Strict-Transport-Security"))
				.as(page.kind() + " over plain HTTP")
				.isEmpty();
			softly.assertThat(get(page, true).headers().firstValue("Strict-Transport-Security"))
				.as(page.kind() + " behind the TLS proxy")
				.hasValueSatisfying(hsts -> assertThat(maxAge(hsts)).isGreaterThanOrEqualTo(180L * 24 * 3600));
		}
		softly.assertAll();
	}

	@Test
	void theSessionCookieIsHiddenFromScriptsKeptFromCrossSitePostsAndSecureBehindTls() {
		String plain = sessionCookie(forger.get("/register", cast.as(GUEST)));
		String secure = sessionCookie(forger.get("/register", cast.as(GUEST), "X-Forwarded-Proto", "https"));

		assertThat(plain).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
			.doesNotContainIgnoringCase("; Secure");
		assertThat(secure).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
			.containsIgnoringCase("; Secure");
	}

	@Test
	void pagesAboutOnePersonAreNeverStored() {
		SoftAssertions softly = new SoftAssertions();
		for (Page page : pages()) {
			if (page.who() != GUEST) {
				softly.assertThat(get(page, false).headers().firstValue("Cache-Control"))
					.as(page.kind() + ": Cache-Control")
					.hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
			}
		}
		softly.assertAll();
	}

	private List<Page> pages() {
		String cohort = "/instructor/courses/aws-data-security";
		return List.of(new Page("home", GUEST, "/"), new Page("catalog (a redirect)", GUEST, "/courses"),
				new Page("course", GUEST, "/courses/aws-data-security"),
				new Page("lesson", GUEST, "/courses/aws-data-security/shared-responsibility"),
				new Page("search", GUEST, "/search?q=encryption"), new Page("quiz intro", LEARNER, BundledQuiz.INTRO),
				new Page("attempt", LEARNER, cast.openAttempt()),
				new Page("result and review", LEARNER, cast.submittedAttempt()),
				new Page("practice", GUEST, "/quizzes/least-privilege-practice/practice"),
				new Page("review session", LEARNER, "/review"), new Page("dashboard", LEARNER, "/me"),
				new Page("account deletion", LEARNER, "/me/delete"), new Page("my data (JSON)", LEARNER, "/me/data.json"),
				new Page("instructor reports", INSTRUCTOR, "/instructor"), new Page("instructor cohort", INSTRUCTOR, cohort),
				new Page("cohort CSV", INSTRUCTOR, cohort + "/cohort.csv"),
				new Page("item analysis", INSTRUCTOR, "/instructor/quizzes/shared-responsibility-check"),
				new Page("admin users", Visitor.ADMIN, "/admin/users"), new Page("admin backups", Visitor.ADMIN, "/admin/backups"),
				new Page("login", GUEST, "/login"), new Page("register", GUEST, "/register"),
				new Page("login redirect", GUEST, "/me"), new Page("error 404", GUEST, "/no/such/page"),
				new Page("error 403", LEARNER, "/admin/users"),
				new Page("explorer", GUEST, "/diagrams/shared-responsibility"),
				new Page("explorer image", GUEST, "/diagrams/shared-responsibility.svg?service=EMR"),
				new Page("API quiz list", GUEST, "/api/quizzes"), new Page("API quiz", GUEST, "/api" + BundledQuiz.INTRO),
				new Page("API attempt", LEARNER, "/api" + cast.openAttempt()),
				new Page("API attempt result", LEARNER, "/api" + cast.submittedAttempt()),
				new Page("API 401", GUEST, "/api" + cast.openAttempt()),
				new Page("API 404", GUEST, "/api/quizzes/no-such-quiz"), new Page("API search", GUEST, "/api/search?q=key"),
				new Page("API CSRF token", GUEST, "/api/csrf"), new Page("API description", GUEST, "/api/docs"),
				new Page("stylesheet", GUEST, "/css/lectern.css"), new Page("script", GUEST, "/js/lectern.js"),
				new Page("health", GUEST, "/actuator/health"), new Page("metrics", Visitor.ADMIN, "/actuator/prometheus"));
	}

	/** The page as its visitor's browser gets it, directly or through the TLS-terminating proxy. */
	private HttpResponse<String> get(Page page, boolean behindTls) {
		HttpResponse<String> answer = behindTls
				? forger.get(page.path(), cast.as(page.who()), "X-Forwarded-Proto", "https")
				: forger.get(page.path(), cast.as(page.who()));
		assertThat(answer.statusCode()).as(page.kind() + " answers").isLessThan(500);
		return answer;
	}

	private static Map<String, List<String>> directives(String policy) {
		return Arrays.stream(policy.split(";"))
			.map(String::strip)
			.filter(directive -> !directive.isEmpty())
			.map(directive -> directive.split("\\s+"))
			.collect(Collectors.toMap(parts -> parts[0].toLowerCase(), parts -> List.of(parts).subList(1, parts.length),
					(first, ignored) -> first));
	}

	private static long maxAge(String hsts) {
		return Arrays.stream(hsts.split(";"))
			.map(String::strip)
			.filter(part -> part.startsWith("max-age="))
			.map(part -> Long.parseLong(part.substring("max-age=".length())))
			.findFirst()
			.orElse(0L);
	}

	private static String sessionCookie(HttpResponse<String> answer) {
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + answer.headers().map()));
	}
}
