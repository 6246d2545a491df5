package io.lectern.benchfloor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Never in the portal: compiled by {@code FLOOR=1 bench/quiz-submissions.sh} and put on the
 * classpath of the server it measures. A start and a submit that do none of an attempt's work: the
 * same two requests as the quiz API's (signed in, CSRF token, the same JSON body read into a map),
 * answered with the bytes a real start and a real submit answered, written by the same Jackson.
 * What they cost is what the frameworks cost a graded attempt before the portal does anything.
 */
@RestController
class FloorController {

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile JsonNode started;

	private volatile JsonNode submitted;

	@PostMapping(path = "/api/floor/{quiz}/attempts", produces = "application/json")
	JsonNode start(@PathVariable String quiz, Principal learner) {
		signedIn(learner);
		if (started == null) {
			started = read("start.json");
		}
		return started;
	}

	@PostMapping(path = "/api/floor/{quiz}/attempts/{attempt}/submission", produces = "application/json")
	JsonNode submit(@PathVariable String quiz, @PathVariable String attempt, @RequestBody Map<String, Object> answers,
			Principal learner) {
		signedIn(learner);
		if (submitted == null) {
			submitted = read("submit.json");
		}
		return submitted;
	}

	/** As the quiz API, which reads the learner from the session: a request without one is refused. */
	private static void signedIn(Principal learner) {
		if (learner == null) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
		}
	}

	/** A real answer the bench saved before the floor is measured ({@code -Dlectern.bench.floor=DIR}). */
	private JsonNode read(String name) {
		try {
			return json.readTree(Files.readString(Path.of(System.getProperty("lectern.bench.floor"), name)));
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
	}
}
