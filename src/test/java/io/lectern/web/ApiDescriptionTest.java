package io.lectern.web;


import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.quiz.internal.SubmitGate;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OpenAPI description at /api/docs, read by a real OpenAPI parser as a client's code generator
 * would, is complete and true: every operation summarised and secured as it is, every answer with its
 * body and an example, and exactly the statuses the API answers with when driven through each case.
 */
class ApiDescriptionTest extends PortalTest {

	private static final String QUIZ = "/api/quizzes/shared-responsibility-check";

	private OpenAPI api;

	@Autowired
	SubmitGate gate;

	@BeforeEach
	void readTheDescription() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult parsed = new OpenAPIParser().readContents(new Browser(port).get("/api/docs").body(), null, options);
		assertThat(parsed.getMessages()).as("the parser's complaints").isEmpty();
		api = parsed.getOpenAPI();
	}

	@Test
	void everyOperationHasASummaryAndEveryAnswerItsMeaningBodyAndExample() {
		assertThat(api.getOpenapi()).startsWith("3.1");
		assertThat(operations()).hasSize(9).allSatisfy((name, operation) -> {
			assertThat(operation.getSummary()).as(name).isNotBlank();
			operation.getResponses().forEach((status, response) -> {
				assertThat(response.getDescription()).as(name + " " + status).isNotBlank();
				if (response.getContent() != null) {
					MediaType body = response.getContent().values().iterator().next();
					assertThat(body.getExamples()).as(name + " " + status + " examples").isNotEmpty();
					if (status.startsWith("4") && !status.equals("403") && !status.equals("415")) {
						assertThat(response.getContent()).as(name + " " + status).containsOnlyKeys("application/problem+json");
						assertThat(body.getSchema().get$ref()).endsWith("/ProblemDetail");
					}
				}
			});
		});
	}

	@Test
	void theSessionCookieAndTheCsrfHeaderThatApiCsrfNamesAreTheSecuritySchemes() {
		Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
		assertThat(schemes.get("session").getIn()).isEqualTo(SecurityScheme.In.COOKIE);
		assertThat(schemes.get("csrf").getIn()).isEqualTo(SecurityScheme.In.HEADER);
		assertThat(new Browser(port).get("/api/csrf").body()).contains("\"headerName\":\"" + schemes.get("csrf").getName() + "\"");
		assertThat(operations().get("POST /api/quizzes/{quizId}/attempts/{attemptId}/submission").getSecurity())
			.singleElement()
			.satisfies(requirement -> assertThat(requirement).containsOnlyKeys("session", "csrf"));
		assertThat(operations().get("GET /api/quizzes/{quizId}/attempts/{attemptId}").getSecurity())
			.singleElement()
			.satisfies(requirement -> assertThat(requirement).containsOnlyKeys("session"));
		assertThat(operations().get("GET /api/quizzes").getSecurity()).isNull();
	}

	@Test
	void theDocumentedStatusesAreExactlyTheOnesTheApiAnswersWith() throws Exception {
		Answers seen = new Answers();
		Browser learner = Browser.newLearner(port);
		Browser other = Browser.newLearner(port);
		Browser guest = new Browser(port);

		seen.record("GET", "/api/csrf", learner.get("/api/csrf"));
		seen.record("GET", "/api/search", learner.get("/api/search?q=encryption"));
		seen.record("GET", "/api/search", learner.get("/api/search?q=" + "k".repeat(201)));
		seen.record("GET", "/api/quizzes", guest.get("/api/quizzes"));
		seen.record("GET", "/api/certificates", learner.get("/api/certificates"));
		seen.record("GET", "/api/certificates", guest.get("/api/certificates"));
		seen.record("GET", QUIZ, learner.get(QUIZ));
		seen.record("GET", "/api/quizzes/no-such-quiz", learner.get("/api/quizzes/no-such-quiz"));

		HttpResponse<String> started = seen.record("POST", QUIZ + "/attempts", learner.sendJson("POST", QUIZ + "/attempts", null));
		String attempt = started.headers().firstValue("Location").orElseThrow();
		seen.record("POST", QUIZ + "/attempts", learner.sendJson("POST", QUIZ + "/attempts", null));
		seen.record("POST", QUIZ + "/attempts", guest.sendJson("POST", QUIZ + "/attempts", null));
		seen.record("POST", QUIZ + "/attempts", withoutToken("POST", QUIZ + "/attempts"));
		seen.record("POST", "/api/quizzes/no-such-quiz/attempts", learner.sendJson("POST", "/api/quizzes/no-such-quiz/attempts", null));

		seen.record("GET", attempt, learner.sendJson("GET", attempt, null));
		seen.record("GET", attempt, guest.sendJson("GET", attempt, null));
		seen.record("GET", attempt, other.sendJson("GET", attempt, null));

		String answers = attempt + "/answers";
		seen.record("PUT", answers, learner.sendJson("PUT", answers, "{\"answers\": {\"lost-key\": {\"text\": \"SSE-C\"}}}"));
		seen.record("PUT", answers, learner.sendJson("PUT", answers, "{\"answers\": {\"no-such-question\": {\"text\": \"x\"}}}"));
		seen.record("PUT", answers, guest.sendJson("PUT", answers, "{\"answers\": {}}"));
		seen.record("PUT", answers, withoutToken("PUT", answers));
		seen.record("PUT", answers, other.sendJson("PUT", answers, "{\"answers\": {}}"));
		seen.record("PUT", answers, notJson(learner, "PUT", answers));

		String submission = attempt + "/submission";
		seen.record("POST", submission, learner.sendJson("POST", submission, "{\"answers\": "));
		seen.record("POST", submission, notJson(learner, "POST", submission));
		seen.record("POST", submission, guest.sendJson("POST", submission, null));
		seen.record("POST", submission, withoutToken("POST", submission));
		seen.record("POST", submission, other.sendJson("POST", submission, null));
		seen.record("POST", submission, whileGradingIsFull(() -> learner.sendJson("POST", submission, null)));
		seen.record("POST", submission, learner.sendJson("POST", submission, null));
		seen.record("POST", submission, learner.sendJson("POST", submission, null));
		seen.record("PUT", answers, learner.sendJson("PUT", answers, "{\"answers\": {}}"));
		seen.record("GET", attempt, learner.sendJson("GET", attempt, null));

		// Every attempt used up: the quiz allows three.
		for (int i = 0; i < 2; i++) {
			String next = learner.sendJson("POST", QUIZ + "/attempts", null).headers().firstValue("Location").orElseThrow();
			learner.sendJson("POST", next + "/submission", null);
		}
		seen.record("POST", QUIZ + "/attempts", learner.sendJson("POST", QUIZ + "/attempts", null));

		Map<String, Set<String>> documented = new TreeMap<>();
		operations().forEach((name, operation) -> documented.put(name, new TreeSet<>(operation.getResponses().keySet())));
		assertThat(seen.statuses).as("the statuses the API answered with").isEqualTo(documented);
	}

	/**
	 * The request sent while every place at the grading gate is taken, being graded or waiting, as
	 * at the end of a crowded exam: it is turned away (503). The places are given back before it returns.
	 */
	private HttpResponse<String> whileGradingIsFull(Supplier<HttpResponse<String>> request) throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService holders = Executors.newCachedThreadPool();
		try {
			for (int i = 0; i < gate.capacity(); i++) {
				holders.submit(() -> gate.through(() -> {
					try {
						release.await();
					}
					catch (InterruptedException stopped) {
						Thread.currentThread().interrupt();
					}
					return null;
				}));
			}
			while (gate.inside() < gate.capacity()) {
				Thread.sleep(5);
			}
			return request.get();
		}
		finally {
			release.countDown();
			holders.shutdown();
			holders.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	private Map<String, Operation> operations() {
		Map<String, Operation> operations = new TreeMap<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap()
			.forEach((method, operation) -> operations.put(method + " " + path, operation)));
		return operations;
	}

	/** A request from a script that has no session and no token. */
	private HttpResponse<String> withoutToken(String method, String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString("{}")));
	}

	/** The learner's request, with their session and token, but a body of plain text. */
	private HttpResponse<String> notJson(Browser learner, String method, String path) {
		String token = learner.get("/api/csrf").body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Cookie", "JSESSIONID=" + learner.sessionId().orElseThrow())
			.header("X-CSRF-TOKEN", token)
			.header("Content-Type", "text/plain")
			.method(method, HttpRequest.BodyPublishers.ofString("answers")));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception failed) {
			throw new AssertionError(failed);
		}
	}

	/** The statuses seen for each documented operation, named as in the description. */
	private final class Answers {

		final Map<String, Set<String>> statuses = new TreeMap<>();

		HttpResponse<String> record(String method, String path, HttpResponse<String> response) {
			String operation = api.getPaths().keySet().stream()
				.filter(template -> Pattern.matches(template.replaceAll("\\{[^}]+}", "[^/]+"), URI.create(path).getPath()))
				.findFirst()
				.map(template -> method + " " + template)
				.orElseThrow(() -> new AssertionError("No operation described for " + method + " " + path));
			statuses.computeIfAbsent(operation, name -> new TreeSet<>()).add(String.valueOf(response.statusCode()));
			return response;
		}
	}
}
