package io.lectern.content.internal.load;

import io.lectern.authoring.YamlMap;
import io.lectern.content.CourseLanguage;
import java.util.Optional;

/**
 * A course's {@code language:} as its project file writes it: {@code course.yml} and the
 * {@code project:} of a {@code myst.yml} at their top, a Jupyter Book's {@code _config.yml} at its top
 * or, as Sphinx reads it, under {@code sphinx: config:}. A tag that is not BCP 47 is a warning at its
 * line, and the course stays English: a wrong {@code lang} would mislead screen readers more than none.
 */
final class LanguageSetting {

	static final String KEY = "language";

	private LanguageSetting() {
	}

	static Optional<CourseLanguage> read(YamlMap holder) {
		if (!holder.has(KEY)) {
			return Optional.empty();
		}
		String written = holder.string(KEY).orElse("");
		Optional<CourseLanguage> language = CourseLanguage.parse(written);
		if (language.isEmpty()) {
			holder.problems().warning(holder.file(), holder.line(KEY), "problem.course.language", written);
		}
		return language;
	}

	/** A Jupyter Book 1 {@code _config.yml}: its own {@code language}, else the one it passes to Sphinx. */
	static Optional<CourseLanguage> ofBook(YamlMap config) {
		return read(config).or(() -> SphinxSettings.of(config).flatMap(LanguageSetting::read));
	}
}
