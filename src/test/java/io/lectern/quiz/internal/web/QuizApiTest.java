package io.lectern.quiz.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The JSON API runs an attempt under the same rules as the pages. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:mem:full")
class QuizApiTest {

	static final String QUIZ = "/api/quizzes/shared-responsibility-check";

	static final String ALL_RIGHT = """
			{"answers": {
			  "rds-patching": {"choices": ["aws"]}, "always-yours": {"choices": ["data", "access"]},
			  "s3-model": {"choices": ["false"]}, "lost-key": {"text": "sse-c"}, "models-count": {"text": "3"},
			  "match-models": {"pairs": {"ec2": "infrastructure", "emr": "container", "dynamodb": "abstract"}},
			  "more-to-less": {"order": ["ec2", "redshift", "s3"]}, "hadoop-on-ec2": {"choices": ["customer"]},
			  "rds-duties": {"choices": ["sg", "users", "backups"]}, "dynamodb-network": {"choices": ["iam"]},
			  "of-or-in": {"pairs": {"disposal": "aws", "hypervisor": "aws", "bucket-policy": "customer",
			    "redshift-sg": "customer"}}, "client-side-meaning": {"choices": ["false"]},
			  "in-transit-protocol": {"text": "TLS"}},
			 "score": 0, "percent": 0, "passed": false}""";

	@LocalServerPort
	int port;

	@Test
	void aClientStartsSavesAndSubmitsAnAttemptAndGetsItsResult() {
		Browser client = Browser.newLearner(port);
		HttpResponse<String> started = client.sendJson("POST", QUIZ + "/attempts", null);
		assertThat(started.statusCode()).isEqualTo(201);
		String attempt = started.headers().firstValue("Location").orElseThrow();
		assertThat(started.body()).contains("\"state\":\"in_progress\"", "\"type\":\"matching\"", "\"type\":\"ordering\"",
				"\"creditRule\":\"Partial credit");

		assertThat(client.sendJson("POST", QUIZ + "/attempts", null).statusCode()).as("resumes the open attempt").isEqualTo(200);
		assertThat(client.sendJson("PUT", attempt + "/answers", "{\"answers\": {\"lost-key\": {\"text\": \"SSE-KMS\"}}}")
			.statusCode()).isEqualTo(204);
		assertThat(client.sendJson("GET", attempt, null).body()).contains("\"answer\":{\"text\":\"SSE-KMS\"}");

		HttpResponse<String> result = client.sendJson("POST", attempt + "/submission", ALL_RIGHT);
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("\"state\":\"submitted\"", "\"percent\":100.0", "\"passed\":true",
				"\"verdict\":\"correct\"", "\"correctAnswersShown\":false").doesNotContain("\"explanation\"");

		HttpResponse<String> again = client.sendJson("POST", attempt + "/submission", ALL_RIGHT);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("already submitted");
		assertThat(client.sendJson("GET", QUIZ, null).body()).contains("\"attemptsLeft\":2", "\"resultPercent\":100.0");
	}

	@Test
	void answersThatCannotBeReadAreRefusedWithTheReason() {
		Browser client = Browser.newLearner(port);
		String attempt = client.sendJson("POST", QUIZ + "/attempts", null).headers().firstValue("Location").orElseThrow();

		HttpResponse<String> broken = client.sendJson("PUT", attempt + "/answers", "{\"answers\": ");
		HttpResponse<String> tooLong = client.sendJson("PUT", attempt + "/answers",
				"{\"answers\": {\"lost-key\": {\"text\": \"" + "x".repeat(301) + "\"}}}");
		HttpResponse<String> unknown = client.sendJson("PUT", attempt + "/answers",
				"{\"answers\": {\"no-such-question\": {\"text\": \"x\"}}}");

		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("at most 300 characters");
		HttpResponse<String> bogusIds = client.sendJson("PUT", attempt + "/answers",
				"{\"answers\": {\"rds-patching\": {\"choices\": [\"" + "y".repeat(5000) + "\", \"aws\"]}}}");
		assertThat(bogusIds.statusCode()).isEqualTo(204);
		assertThat(client.sendJson("GET", attempt, null).body()).contains("\"answer\":{\"choices\":[\"aws\"]}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("has no question \\\"no-such-question\\\"");
	}

	@Test
	void anotherLearnerAndRequestsWithoutTheTokenChangeNothing() {
		Browser owner = Browser.newLearner(port);
		String attempt = owner.sendJson("POST", QUIZ + "/attempts", null).headers().firstValue("Location").orElseThrow();
		Browser other = Browser.newLearner(port);

		assertThat(other.sendJson("POST", attempt + "/submission", ALL_RIGHT).statusCode()).isEqualTo(404);
		assertThat(other.sendJson("PUT", attempt + "/answers", ALL_RIGHT).statusCode()).isEqualTo(404);
		assertThat(owner.postForm(attempt + "/submission").statusCode()).isEqualTo(403);
		assertThat(owner.sendJson("GET", attempt, null).body()).contains("\"state\":\"in_progress\"");
	}

	@Test
	void theApiIsDescribedWithOpenApi() {
		HttpResponse<String> docs = new Browser(port).get("/api/docs");

		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\"", "Lectern API", "/api/quizzes/{quizId}/attempts/{attemptId}/submission",
				"/api/quizzes/{quizId}/attempts/{attemptId}/answers", "/api/csrf");
	}
}
