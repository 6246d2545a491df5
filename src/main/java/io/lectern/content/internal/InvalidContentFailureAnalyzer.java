package io.lectern.content.internal;

import io.lectern.content.InvalidContentException;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints every content problem as "file:line: level: message" instead of a stack trace when start-up fails. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
		String list = cause.problems().stream().map(problem -> "  " + problem).collect(Collectors.joining("\n"));
		return new FailureAnalysis(cause.getMessage() + ":\n" + list,
				"Fix the files above. Strict loading (lectern.content.strict=true, LECTERN_CONTENT_STRICT) refuses to start"
						+ " on any error or warning; without it the portal starts whenever the folder yields a lesson, leaves"
						+ " out what has errors and lists every problem on /authoring/problems. Check a folder without"
						+ " starting the server with java -jar lectern.jar --validate=<folder> [--strict].",
				cause);
	}
}
