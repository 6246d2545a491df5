package io.lectern.diagrams;

import java.util.Locale;
import java.util.Optional;

/** Who secures a layer of the stack under one service model. */
public enum Owner {

	AWS("AWS"), CUSTOMER("Customer"), SHARED("Shared");

	private final String label;

	Owner(String label) {
		this.label = label;
	}

	/** The word the diagram and its table print in every cell, so colour is never the only cue. */
	public String label() {
		return label;
	}

	/** The name authors write in YAML and the stylesheet uses in class names: aws, customer, shared. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Owner> fromKey(String key) {
		for (Owner owner : values()) {
			if (owner.key().equals(key)) {
				return Optional.of(owner);
			}
		}
		return Optional.empty();
	}
}
