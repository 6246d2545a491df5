package io.lectern.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each API operation is for and every answer it gives, with its body and an example. The
 * statuses are the controllers' and the security filters'; {@code ApiDescriptionTest} drives each
 * one and fails on an answer not listed here.
 */
final class ApiOperations {

	private ApiOperations() {
	}

	private enum Access {
		OPEN, SESSION, SESSION_AND_CSRF
	}

	/** One answer: its status, what it means, and the body's schema and examples (none for an empty body). */
	private record Answer(String status, String meaning, Optional<Schema<?>> body, List<String> examples, boolean problem) {
	}

	private record Described(HttpMethod method, String path, String tag, String summary, Access access,
			List<Answer> answers) {
	}

	private static final String QUIZ = "/api/quizzes/{quizId}";
	private static final String ATTEMPT = QUIZ + "/attempts/{attemptId}";

	private static final Answer UNAUTHORIZED = new Answer("401", "Not logged in: log in with the form at POST /login first. No body.",
			Optional.empty(), List.of(), false);
	private static final Answer FORBIDDEN = new Answer("403", "The session's CSRF token is missing or wrong; nothing changed.",
			Optional.of(ref("Error")), List.of("Forbidden"), false);
	private static final Answer NOT_JSON = new Answer("415", "The body is not sent as application/json.",
			Optional.of(ref("Error")), List.of("NotJson"), false);
	private static final Answer NO_QUIZ = problem("404", "There is no quiz of that id.", "NoSuchQuiz");
	private static final Answer NO_ATTEMPT = problem("404",
			"No such quiz, or no such attempt of the learner's: someone else's attempt answers exactly like one that does not exist.",
			"NoSuchQuiz", "NoSuchAttempt");
	private static final Answer BAD_ANSWER = problem("400",
			"An answer that cannot be read: not JSON of the documented form, too long, or for a question the quiz does not have.",
			"BadAnswer");
	private static final Answer CLOSED = problem("409",
			"The attempt was submitted already, or its time is up, or it did not draw that question; nothing changed.",
			"AlreadySubmitted");

	private static final List<Described> OPERATIONS = List.of(
			new Described(HttpMethod.GET, "/api/csrf", "Session", "The session's CSRF token and the header to send it in",
					Access.OPEN, List.of(ok("200", "The token, its header and its form field name.", ref("Token"), "Token"))),
			new Described(HttpMethod.GET, "/api/search", "Search", "Search every lesson of every course", Access.OPEN,
					List.of(ok("200", "The lessons that match, grouped by course, best first.", ref("SearchResults"), "SearchResults"),
							problem("400", "A query over 200 characters.", "QueryTooLong"))),
			new Described(HttpMethod.GET, "/api/quizzes", "Quizzes", "Every quiz, with the learner's standing when logged in",
					Access.OPEN, List.of(ok("200", "Every quiz's rules, and the learner's attempts and result.",
							new ArraySchema().items(ref("QuizInfo")), "Quizzes"))),
			new Described(HttpMethod.GET, QUIZ, "Quizzes", "One quiz: rules, attempts left, result and past attempts",
					Access.OPEN, List.of(ok("200", "The quiz, with the learner's standing when logged in.", ref("QuizInfo"), "QuizInfo"),
							NO_QUIZ)),
			new Described(HttpMethod.POST, QUIZ + "/attempts", "Attempts", "Start an attempt, or resume the one in progress",
					Access.SESSION_AND_CSRF,
					List.of(new Answer("201", "A new attempt, at the address in Location: its questions, in this attempt's order.",
							Optional.of(ref("InProgress")), List.of("InProgress"), false),
							ok("200", "The attempt already in progress, resumed rather than using up another.", ref("InProgress"),
									"InProgress"),
							UNAUTHORIZED, FORBIDDEN, NO_QUIZ,
							problem("409", "No attempt left, or another was started at the same moment.", "NoAttemptsLeft"))),
			new Described(HttpMethod.GET, ATTEMPT, "Attempts", "An attempt: its questions and saved answers, or its result",
					Access.SESSION,
					List.of(ok("200", "In progress: the questions and saved answers (InProgress). Submitted: the graded result (Result).",
							new Schema<>().oneOf(List.of(ref("InProgress"), ref("Result"))), "InProgress", "Result"),
							UNAUTHORIZED, NO_ATTEMPT)),
			new Described(HttpMethod.PUT, ATTEMPT + "/answers", "Attempts", "Save answers, to submit later",
					Access.SESSION_AND_CSRF,
					List.of(new Answer("204", "Saved. No body.", Optional.empty(), List.of(), false), BAD_ANSWER, UNAUTHORIZED,
							FORBIDDEN, NO_ATTEMPT, CLOSED, NOT_JSON)),
			new Described(HttpMethod.GET, "/api/certificates", "Certificates",
					"The learner's own certificates, with the addresses of their pages, PDFs and signed credentials",
					Access.SESSION, List.of(ok("200", "Every certificate issued to the logged-in learner, newest first.",
							new ArraySchema().items(ref("CertificateEntry")), "Certificates"), UNAUTHORIZED)),
			new Described(HttpMethod.POST, ATTEMPT + "/submission", "Attempts",
					"Submit the attempt, with any last answers, and get its result", Access.SESSION_AND_CSRF,
					List.of(ok("200", "Graded: the score and each question's verdict, with what the quiz's review rules show.",
							ref("Result"), "Result"), BAD_ANSWER, UNAUTHORIZED, FORBIDDEN, NO_ATTEMPT, CLOSED, NOT_JSON,
							problem("503", "Too many submits are being graded at this moment: send the same body again after the"
									+ " Retry-After header's seconds. Nothing changed; the same answers sent again in the same"
									+ " session count as of their first arrival, even past the time limit.", "GradingBusy"))));

	static void describe(OpenAPI api, Map<String, Object> examples) {
		for (Described described : OPERATIONS) {
			Optional.ofNullable(api.getPaths())
				.map(paths -> paths.get(described.path()))
				.map(PathItem::readOperationsMap)
				.map(operations -> operations.get(described.method()))
				.ifPresent(operation -> describe(operation, described, examples));
		}
	}

	private static void describe(Operation operation, Described described, Map<String, Object> examples) {
		operation.summary(described.summary()).tags(List.of(described.tag()));
		if (described.access() != Access.OPEN) {
			SecurityRequirement requirement = new SecurityRequirement().addList(ApiDocumentation.SESSION);
			operation.security(List.of(described.access() == Access.SESSION ? requirement
					: requirement.addList(ApiDocumentation.CSRF)));
		}
		ApiResponses responses = new ApiResponses();
		for (Answer answer : described.answers()) {
			ApiResponse response = new ApiResponse().description(answer.meaning());
			answer.body().ifPresent(schema -> {
				MediaType body = new MediaType().schema(schema);
				answer.examples().forEach(name -> body.addExamples(name, new Example().value(examples.get(name))));
				response.content(new Content().addMediaType(answer.problem() ? "application/problem+json" : "application/json", body));
			});
			if (answer.status().equals("201")) {
				response.addHeaderObject("Location", new Header().description("The new attempt's address in the API.")
					.schema(new StringSchema().format("uri-reference")));
			}
			responses.addApiResponse(answer.status(), response);
		}
		operation.responses(responses);
	}

	private static Answer ok(String status, String meaning, Schema<?> body, String... examples) {
		return new Answer(status, meaning, Optional.of(body), List.of(examples), false);
	}

	private static Answer problem(String status, String meaning, String... examples) {
		return new Answer(status, meaning, Optional.of(ref("ProblemDetail")), List.of(examples), true);
	}

	private static Schema<?> ref(String name) {
		return new Schema<>().$ref("#/components/schemas/" + name);
	}
}
