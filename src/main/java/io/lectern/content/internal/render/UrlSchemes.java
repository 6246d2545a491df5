package io.lectern.content.internal.render;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs may reach a page. Browsers ignore control characters and spaces inside a scheme
 * ({@code "java\tscript:"}), so they are removed before the scheme is read.
 */
public final class UrlSchemes {

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
	private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\s\\x00-\\x1f\\x7f]");
	private static final Set<String> SAFE = Set.of("http", "https", "mailto");

	private UrlSchemes() {
	}

	static Optional<String> schemeOf(String url) {
		String squeezed = IGNORED_BY_BROWSERS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
		Matcher matcher = SCHEME.matcher(squeezed);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** Whether a link names a scheme ({@code https:}, {@code mailto:}...) rather than a path. */
	public static boolean hasScheme(String url) {
		return schemeOf(url).isPresent();
	}

	/** Whether a URL is an address on the web ({@code http:} or {@code https:}), as a reference's link must be. */
	public static boolean isWebAddress(String url) {
		return schemeOf(url).filter(scheme -> scheme.equals("http") || scheme.equals("https")).isPresent();
	}

	static boolean isSafe(String url) {
		return schemeOf(url).map(SAFE::contains).orElse(true);
	}
}
