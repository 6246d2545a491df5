package io.lectern.accounts.internal;

import java.util.Map;

/** A registration or change that breaks a rule: what is wrong, by form field, in words for the person. */
public class AccountRefused extends RuntimeException {

	private final Map<String, String> problems;

	AccountRefused(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	AccountRefused(String field, String problem) {
		this(Map.of(field, problem));
	}

	public Map<String, String> problems() {
		return problems;
	}
}
