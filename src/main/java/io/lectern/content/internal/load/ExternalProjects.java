package io.lectern.content.internal.load;

import io.lectern.authoring.YamlMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other MyST sites a {@code myst.yml} project links into, named in its {@code references}
 * ({@code guide: https://mystmd.org/guide}), so that a page writes {@code [the guide](xref:guide)},
 * {@code <xref:guide/figures>} or {@code [](xref:guide/figures#subfigures)}. mystmd reads the other
 * site's index to find the page and its title; the portal fetches nothing at load, so it links to
 * the page's address under the site's ({@code https://mystmd.org/guide/figures#subfigures}) and
 * shows that address when the author gave no text.
 */
record ExternalProjects(Map<String, String> sites) {

	static final ExternalProjects NONE = new ExternalProjects(Map.of());
	static final String SCHEME = "xref:";
	/** The site's name, then the page's path and anchor under it: {@code guide/figures#subfigures}. */
	private static final Pattern KEY_AND_PAGE = Pattern.compile("(?s)([^/#]*)(.*)");

	ExternalProjects {
		sites = Map.copyOf(sites);
	}

	static ExternalProjects read(YamlMap project) {
		Map<String, String> sites = new LinkedHashMap<>();
		project.map("references").ifPresent(references -> references.keys()
			.forEach(key -> references.string(key).filter(url -> url.startsWith("https://") || url.startsWith("http://"))
				.ifPresent(url -> sites.put(key, url.replaceAll("/+$", "")))));
		return sites.isEmpty() ? NONE : new ExternalProjects(sites);
	}

	/** The address {@code xref:key/path#id} leads to, if the project names {@code key}. */
	Optional<String> address(String destination) {
		Matcher parts = KEY_AND_PAGE.matcher(destination.substring(SCHEME.length()));
		parts.matches();
		return Optional.ofNullable(sites.get(parts.group(1))).map(site -> site + parts.group(2));
	}
}
