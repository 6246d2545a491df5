package io.lectern.content.internal.load;

import java.util.StringJoiner;

/**
 * How long each step of one load took, for the debug line that says where a reload's time goes
 * (reading, rendering, linking...): the figures {@code docs/benchmarks.md} reasons from.
 */
final class LoadSteps {

	private final StringJoiner steps = new StringJoiner(", ");
	private long last = System.nanoTime();

	/** Ends the step {@code name}, which began where the one before ended. */
	void done(String name) {
		long now = System.nanoTime();
		steps.add(name + " " + (now - last) / 1_000 / 1000.0 + " ms");
		last = now;
	}

	@Override
	public String toString() {
		return steps.toString();
	}
}
