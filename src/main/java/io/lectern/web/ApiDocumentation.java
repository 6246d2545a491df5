package io.lectern.web;

import io.lectern.content.SearchResults;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI description served at {@code /api/docs}: springdoc reads the routes and bodies from
 * the controllers; this adds what it cannot see there (summaries, every status with its body, the
 * session and CSRF schemes, examples), from {@link ApiOperations}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String SESSION = "session";
	static final String CSRF = "csrf";

	@Bean
	OpenAPI lecternApi() {
		Components components = new Components().addSecuritySchemes(SESSION, new SecurityScheme()
			.type(SecurityScheme.Type.APIKEY)
			.in(SecurityScheme.In.COOKIE)
			.name("JSESSIONID")
			.description("""
					The session cookie that logging in sets (POST /login, the login form): JSESSIONID, or SESSION \
					when sessions are kept in PostgreSQL (the postgres profile). Logging in starts a new session, \
					so ask GET /api/csrf for a new token after it."""))
			.addSecuritySchemes(CSRF, new SecurityScheme()
				.type(SecurityScheme.Type.APIKEY)
				.in(SecurityScheme.In.HEADER)
				.name("X-CSRF-TOKEN")
				.description("The session's CSRF token from GET /api/csrf, sent in the header it names (headerName)."));
		return new OpenAPI().components(components).info(new Info().title("Lectern API")
			.version("1")
			.description("""
					Quizzes and attempts for clients other than the browser pages, under the same rules: \
					grading happens on the server, and no correct answer, feedback or explanation is sent \
					before an attempt is submitted. The learner is the one of the session cookie. Every \
					POST and PUT needs the session's CSRF token, from GET /api/csrf, in the header it names. \
					Errors from the API are problem details (RFC 9457): 400 for an answer or query that cannot \
					be read, 404 for an unknown quiz or an attempt that is not yours, 409 for an attempt \
					already submitted, out of time or out of attempts. The security filters answer before \
					the API does: 401 with no body without a login, 403 without the CSRF token; a body that is \
					not JSON gets 415."""));
	}

	/**
	 * Springdoc drops the schemas no operation refers to before customizers run, so the ones only
	 * {@link ApiOperations} refers to are added here, with it.
	 */
	@Bean
	OpenApiCustomizer apiOperations() {
		Map<String, Object> examples = examples();
		return api -> {
			Components components = api.getComponents();
			components.addSchemas("ProblemDetail", problemDetail()).addSchemas("Error", servletError());
			ModelConverters.getInstance().readAll(new AnnotatedType(SearchResults.class)).forEach(components::addSchemas);
			ApiOperations.describe(api, examples);
		};
	}

	private static Schema<?> problemDetail() {
		return new ObjectSchema().description("A problem detail (RFC 9457), sent as application/problem+json.")
			.addProperty("type", new StringSchema().format("uri").description("about:blank for the plain HTTP meaning"))
			.addProperty("title", new StringSchema().description("the status's name, such as Conflict"))
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema().description("what went wrong, meant for the learner"))
			.addProperty("instance", new StringSchema().format("uri-reference").description("the address asked for"));
	}

	private static Schema<?> servletError() {
		return new ObjectSchema()
			.description("""
					Spring Boot's error body, for refusals made before the API's own code runs: a missing or \
					wrong CSRF token (403), a body that is not JSON (415).""")
			.addProperty("timestamp", new StringSchema().format("date-time"))
			.addProperty("status", new IntegerSchema())
			.addProperty("error", new StringSchema())
			.addProperty("reason", new StringSchema().description("why, in the client's language, when the portal says"))
			.addProperty("path", new StringSchema());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> examples() {
		try (InputStream json = new ClassPathResource("api/examples.json").getInputStream()) {
			return Json.mapper().readValue(json, Map.class);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
