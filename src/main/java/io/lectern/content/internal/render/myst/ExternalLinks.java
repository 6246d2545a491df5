package io.lectern.content.internal.render.myst;

import java.util.Locale;
import java.util.Optional;

/**
 * mystmd's links to well-known outside sources by a short scheme: {@code <wiki:Big_Bang>} for
 * Wikipedia, {@code <doi:10.5281/zenodo.6476040>}, {@code <ror:03rmrcq20>}. Each becomes a plain
 * link to the source's own site, read as the page title (underscores as spaces) or the identifier
 * when the author gave no text; mystmd's hover previews would load content from those sites, which
 * the portal does not.
 */
record ExternalLinks(String url, String text) {

	static Optional<ExternalLinks> of(String destination) {
		int colon = destination.indexOf(':');
		if (colon <= 0 || colon == destination.length() - 1) {
			return Optional.empty();
		}
		String value = destination.substring(colon + 1);
		return switch (destination.substring(0, colon).toLowerCase(Locale.ROOT)) {
			case "wiki" -> Optional.of(new ExternalLinks("https://en.wikipedia.org/wiki/" + value, value.replace('_', ' ')));
			case "doi" -> Optional.of(new ExternalLinks("https://doi.org/" + value, value));
			case "ror" -> Optional.of(new ExternalLinks("https://ror.org/" + value, value));
			default -> Optional.empty();
		};
	}
}
