package io.lectern.accounts.internal.sessions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A browser's User-Agent in the few words a person recognises their own device by, such as
 * "Firefox on Linux". Only the common browsers and systems are named; anything else is described by
 * the first word of its User-Agent. The words help a person tell their sessions apart; they prove
 * nothing, since any client can send any User-Agent.
 */
public final class Device {

	// Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari", Android says "Linux".
	private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
			Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"), Map.entry("FxiOS/", "Firefox"),
			Map.entry("CriOS/", "Chrome"), Map.entry("Chrome/", "Chrome"), Map.entry("Safari/", "Safari"));

	private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Android", "Android"),
			Map.entry("iPhone", "iOS"), Map.entry("iPad", "iPadOS"), Map.entry("Windows", "Windows"),
			Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"), Map.entry("Linux", "Linux"));

	private static final String UNKNOWN = "Unknown device";

	private Device() {
	}

	static String describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return UNKNOWN;
		}
		String browser = first(BROWSERS, userAgent);
		String system = first(SYSTEMS, userAgent);
		if (browser == null) {
			String word = userAgent.strip().split("[/ ]", 2)[0];
			browser = word.length() > 40 ? word.substring(0, 40) : word;
		}
		return system == null ? browser : browser + " on " + system;
	}

	/** A browser and the system it runs on (empty when unknown), read back from a description. */
	public record Parts(String browser, String system) {
	}

	/**
	 * The parts of a description {@link #describe} wrote, so a page can put them in its own words;
	 * empty for an unknown device. A browser's name never holds a space, so the first " on " divides them.
	 */
	public static Optional<Parts> parts(String described) {
		if (described == null || described.isBlank() || described.equals(UNKNOWN)) {
			return Optional.empty();
		}
		int on = described.indexOf(" on ");
		return Optional.of(on < 0 ? new Parts(described, "") : new Parts(described.substring(0, on), described.substring(on + 4)));
	}

	private static String first(List<Map.Entry<String, String>> names, String userAgent) {
		return names.stream().filter(name -> userAgent.contains(name.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
	}
}
