package io.lectern.accounts.internal;

import java.util.Map;
import org.springframework.context.MessageSourceResolvable;

/** A registration or change that breaks a rule: what is wrong, by form field, as a message for the person ({@link AccountWords}). */
public class AccountRefused extends RuntimeException {

	private final Map<String, MessageSourceResolvable> problems;

	AccountRefused(Map<String, MessageSourceResolvable> problems) {
		super(problems.toString());
		this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
	}

	AccountRefused(String field, MessageSourceResolvable problem) {
		this(Map.of(field, problem));
	}

	public Map<String, MessageSourceResolvable> problems() {
		return problems;
	}
}
