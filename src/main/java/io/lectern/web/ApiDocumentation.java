package io.lectern.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and ground rules of the OpenAPI description served at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI lecternApi() {
		return new OpenAPI().info(new Info().title("Lectern API")
			.version("1")
			.description("""
					Quizzes and attempts for clients other than the browser pages, under the same rules: \
					grading happens on the server, and no correct answer, feedback or explanation is sent \
					before an attempt is submitted. The learner is the one of the session cookie. Every \
					POST and PUT needs the session's CSRF token, from GET /api/csrf, in the header it names. \
					Errors are problem details (RFC 9457): 400 for an answer that cannot be read, 404 for \
					an attempt that is not yours, 409 for an attempt already submitted or out of time."""));
	}
}
