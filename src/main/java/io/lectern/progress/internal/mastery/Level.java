package io.lectern.progress.internal.mastery;

/** How far a learner has come with a topic, from nothing to a proven, lasting 100%. */
public enum Level {

	NOT_STARTED("Not started"),
	ATTEMPTED("Attempted"),
	FAMILIAR("Familiar"),
	PROFICIENT("Proficient"),
	MASTERED("Mastered");

	private final String label;

	Level(String label) {
		this.label = label;
	}

	/** The level in words, as the dashboard shows it. */
	public String label() {
		return label;
	}
}
