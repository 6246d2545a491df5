package io.lectern.content.internal;

import io.lectern.content.ContentProblem;
import java.util.List;

/** Thrown at start-up when the content folder has problems and loading is strict. */
public class InvalidContentException extends RuntimeException {

	private final transient List<ContentProblem> problems;

	InvalidContentException(String source, List<ContentProblem> problems) {
		super(problems.size() + " problem(s) in the content folder " + source);
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> problems() {
		return problems;
	}
}
