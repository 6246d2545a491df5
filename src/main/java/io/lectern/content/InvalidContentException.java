package io.lectern.content;

import io.lectern.authoring.ContentProblem;
import java.util.List;

/**
 * Thrown at start-up when the content folder (lessons, or definitions other modules read from it)
 * has problems and loading is strict, or when errors leave it without a single lesson. Start-up
 * then prints every problem as file:line.
 */
public class InvalidContentException extends RuntimeException {

	private final transient List<ContentProblem> problems;

	public InvalidContentException(String source, List<ContentProblem> problems) {
		super(problems.size() + " problem(s) in the content folder " + source);
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> problems() {
		return problems;
	}
}
