package io.lectern.operations;

import io.lectern.operations.internal.startup.BuildSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Starts the jar, which `./mvnw package` builds with Spring's ahead-of-time processing, from the bean
 * definitions generated at build time whenever that is safe, and the usual way otherwise. Those
 * definitions were worked out from the build's settings, and Spring would use them whatever the settings
 * of this start: a management port, the `postgres` profile's shared sessions, mail, single sign-on or a
 * course folder set now would be silently ignored. So this start's settings are compared with the
 * build's ({@link BuildSettings}), once the environment is prepared and before the context is made:
 * the same, and AOT mode is switched on; different, and the start is a plain one, saying which settings
 * differ. {@code -Dspring.aot.enabled=false} always starts plainly; {@code =true} refuses to start when the
 * settings differ rather than start wrong. Started from {@code target/classes} ({@code ./mvnw spring-boot:run})
 * or from a jar built with {@code -Dspring-boot.aot.skip=true}, there are no generated classes and no settings,
 * and the portal starts as always.
 *
 * <p>Only the portal's {@code main} adds it: tests start contexts of their own, and the AOT build runs
 * {@code main} to find the beans.
 */
public final class AheadOfTimeChoice implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	/** Spring's switch ({@code AotDetector}), read as a system property when the context is made. */
	static final String ENABLED = "spring.aot.enabled";
	/** Set by Spring while the AOT build runs {@code main}. */
	private static final String PROCESSING = "spring.aot.processing";

	private static final Logger log = LoggerFactory.getLogger(AheadOfTimeChoice.class);

	/** Where Spring reads its switch: the JVM's system properties, but for tests. */
	private final Properties system;

	public AheadOfTimeChoice() {
		this(System.getProperties());
	}

	AheadOfTimeChoice(Properties system) {
		this.system = system;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		String asked = system.getProperty(ENABLED);
		if (Boolean.parseBoolean(system.getProperty(PROCESSING)) || "false".equalsIgnoreCase(asked)) {
			return;
		}
		Optional<BuildSettings> built = builtWith(event.getSpringApplication().getClassLoader());
		if (built.isEmpty()) {
			return;
		}
		List<String> differences = built.get().differencesFrom(BuildSettings.of(event.getEnvironment()));
		if (differences.isEmpty()) {
			system.setProperty(ENABLED, "true");
			log.info("Starting from the bean definitions generated at build time (Spring AOT): this start's settings are the build's");
		} else if ("true".equalsIgnoreCase(asked)) {
			throw new IllegalStateException("Started with -D" + ENABLED + "=true, but these settings differ from those the jar was built with, "
					+ "and its generated beans would ignore them: " + String.join(", ", differences)
					+ ". Start without -D" + ENABLED + " to let the portal choose, or build the jar with these settings (docs/operating.md, \"Start-up\").");
		} else {
			log.info("Starting without the bean definitions generated at build time (Spring AOT), as these settings differ from the build's: {}",
					String.join(", ", differences));
		}
	}

	/** After Boot has read every configuration source and set up logging. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static Optional<BuildSettings> builtWith(ClassLoader classLoader) {
		try (InputStream in = classLoader.getResourceAsStream(BuildSettings.RESOURCE)) {
			return in == null ? Optional.empty() : Optional.of(BuildSettings.read(in));
		} catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
