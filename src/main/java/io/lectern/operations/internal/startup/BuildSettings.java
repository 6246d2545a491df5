package io.lectern.operations.internal.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * The settings that Spring's ahead-of-time processing fixes in the jar: which beans exist is decided at
 * build time from them (the profiles, a management port, Spring Session, mail, single sign-on, the
 * content source), so a start in AOT mode must see the same ones. Every setting of the portal's own
 * namespaces counts, except those known to be bound only when the portal runs ({@link #RUN_TIME}),
 * which no condition reads: a setting nobody listed is taken to decide beans, so an unknown one makes
 * the start a plain one, never a wrong one.
 *
 * <p>Values are kept as digests: the jar carries the build's settings, and a build machine's password
 * must not end up in it. A difference is told by name only, for the same reason.
 */
public record BuildSettings(Set<String> profiles, SortedMap<String, String> digests) {

	/** Where the AOT build writes them, inside the jar. */
	public static final String RESOURCE = "META-INF/lectern/aot-settings.properties";

	private static final String PROFILES = "profiles";
	private static final String SETTING = "setting.";

	/** The namespaces whose settings may decide beans: Spring's, Boot's management, springdoc's, the server's and ours. */
	private static final Set<String> NAMESPACES = Set.of("spring", "management", "server", "springdoc", "lectern");

	/** Not settings of their own: AOT's switch, and the profiles and config files, whose effect is compared instead. */
	private static final List<ConfigurationPropertyName> NOT_COMPARED = names("spring.aot", "spring.profiles",
			"spring.config", "spring.main.sources",
			"spring.application.pid", "spring.application.version");

	/**
	 * Bound when the portal runs, read by no condition (ours are checked by a test against this list):
	 * where to listen, which database, the data folder, accounts, certificates and the rest of Lectern's
	 * own settings, except where its courses come from, which picks beans (git or a folder, watched or not).
	 */
	private static final List<ConfigurationPropertyName> RUN_TIME = names("server.port", "server.address",
			"management.server.address",
			"spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
			"spring.datasource.hikari", "lectern");

	/**
	 * Settings whose value is not what decides beans, compared by what does. The management port by its
	 * kind (none of its own, one of its own, or none at all): a port of its own is a child context whose
	 * server binds the number when it starts. The course folder and the git repository by being set or
	 * not: which source serves the courses is picked by that, and the rest is bound when the portal runs.
	 * So a jar built with management port 9090 and the folder /content starts from its generated beans
	 * with 9191 and /srv/courses.
	 */
	private static final Map<String, BiFunction<Environment, String, String>> COMPARED_BY_EFFECT = Map.of(
			"management.server.port", (environment, name) -> "kind " + ManagementPortType.get(environment),
			"lectern.content.dir", BuildSettings::setOrNot,
			"lectern.content.git.url", BuildSettings::setOrNot);

	/** Lectern's own setting that picks beans besides those: whether the course folder is watched. */
	private static final ConfigurationPropertyName CONTENT_WATCH = ConfigurationPropertyName.of("lectern.content.watch");

	public BuildSettings {
		profiles = Set.copyOf(new TreeSet<>(profiles));
		digests = new TreeMap<>(digests);
	}

	/** The settings the environment holds that the jar's beans depend on. */
	public static BuildSettings of(ConfigurableEnvironment environment) {
		SortedMap<String, String> digests = new TreeMap<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.stream().filter(BuildSettings::decidesBeans).map(ConfigurationPropertyName::toString)
						.filter(name -> !digests.containsKey(name) && !COMPARED_BY_EFFECT.containsKey(name))
						.forEach(name -> digests.put(name, digest(resolved(environment, name))));
			}
		}
		// Always, set or not: unset is an effect too.
		COMPARED_BY_EFFECT.forEach((name, effect) -> digests.put(name, digest(effect.apply(environment, name))));
		return new BuildSettings(Set.of(environment.getActiveProfiles()), digests);
	}

	/** Whether a setting of this name may decide which beans exist (and so must match the build's). */
	public static boolean decidesBeans(ConfigurationPropertyName name) {
		if (name.isEmpty() || !NAMESPACES.contains(name.getElement(0, ConfigurationPropertyName.Form.UNIFORM))) {
			return false;
		}
		if (covers(NOT_COMPARED, name)) {
			return false;
		}
		return COMPARED_BY_EFFECT.containsKey(name.toString()) || name.equals(CONTENT_WATCH) || !covers(RUN_TIME, name);
	}

	/** Whether the name is one of these or under one of them. */
	private static boolean covers(List<ConfigurationPropertyName> prefixes, ConfigurationPropertyName name) {
		return prefixes.stream().anyMatch(prefix -> prefix.equals(name) || prefix.isAncestorOf(name));
	}

	/** The names of the settings that differ from these (the build's), led by the active profiles when those do. */
	public List<String> differencesFrom(BuildSettings run) {
		Set<String> names = new TreeSet<>(digests.keySet());
		names.addAll(run.digests.keySet());
		List<String> differing = new ArrayList<>();
		if (!profiles.equals(run.profiles)) {
			differing.add("the active profiles (built with " + (profiles.isEmpty() ? "none" : String.join(", ", new TreeSet<>(profiles)))
					+ ")");
		}
		names.stream().filter(name -> !Objects.equals(digests.get(name), run.digests.get(name))).forEach(differing::add);
		return differing;
	}

	/** As the resource in the jar holds them. */
	public String write() {
		Properties properties = new Properties();
		properties.setProperty(PROFILES, String.join(",", new TreeSet<>(profiles)));
		digests.forEach((name, digest) -> properties.setProperty(SETTING + name, digest));
		StringWriter out = new StringWriter();
		try {
			properties.store(out, "Settings the AOT build fixed (digests of their values): see docs/operating.md");
		} catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toString();
	}

	public static BuildSettings read(InputStream in) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		String profiles = properties.getProperty(PROFILES, "");
		SortedMap<String, String> digests = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith(SETTING)) {
				digests.put(key.substring(SETTING.length()), properties.getProperty(key));
			}
		}
		return new BuildSettings(profiles.isEmpty() ? Set.of() : Set.of(profiles.split(",")), digests);
	}

	/**
	 * A value whose {@code ${...}} reference has nothing to resolve to (the postgres profile's database
	 * address at build time) is compared as such: the same at build and run, or not.
	 */
	private static String resolved(ConfigurableEnvironment environment, String name) {
		try {
			return String.valueOf(environment.getProperty(name));
		} catch (IllegalArgumentException unresolvable) {
			return "unresolvable";
		}
	}

	private static String setOrNot(Environment environment, String name) {
		return environment.getProperty(name, "").isBlank() ? "not set" : "set";
	}

	private static String digest(String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		} catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static List<ConfigurationPropertyName> names(String... names) {
		return Arrays.stream(names).map(ConfigurationPropertyName::of).toList();
	}
}
