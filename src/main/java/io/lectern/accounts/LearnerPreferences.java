package io.lectern.accounts;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** A learner's own choices of interface language and time zone, kept with their account. */
public interface LearnerPreferences {

	/** Neither is required: without a language the browser's applies, without a zone UTC. */
	record Preferences(Optional<Locale> language, Optional<ZoneId> timeZone) {

		public static final Preferences NONE = new Preferences(Optional.empty(), Optional.empty());
	}

	/** This learner's choices; {@link Preferences#NONE} for an unknown learner. */
	Preferences of(LearnerId learnerId);

	/** Keeps these choices; an empty one goes back to the browser's language or UTC. */
	void save(LearnerId learnerId, Preferences preferences);
}
