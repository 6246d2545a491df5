package io.lectern.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lectern.operations.internal.startup.BuildSettings;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/** A start of a jar built with Spring AOT uses the generated beans exactly when its settings are the build's. */
class AheadOfTimeChoiceTest {

	@TempDir
	Path jar;

	final Properties system = new Properties();

	@Test
	void theBuildsSettingsSwitchAotModeOn() throws IOException {
		started(builtWith(Map.of()), environment(Map.of("server.port", "9090", "lectern.data.dir", "/app/data")));

		assertThat(system.getProperty("spring.aot.enabled")).isEqualTo("true");
	}

	@Test
	void otherSettingsStartPlainly() throws IOException {
		started(builtWith(Map.of()), environment(Map.of("management.server.port", "8081")));

		assertThat(system.getProperty("spring.aot.enabled")).isNull();
	}

	@Test
	void askingForAotModeWithOtherSettingsRefusesToStartAndSaysWhich() throws IOException {
		system.setProperty("spring.aot.enabled", "true");
		ClassLoader built = builtWith(Map.of());

		assertThatThrownBy(() -> started(built, environment(Map.of("spring.mail.host", "smtp.example.org"))))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("spring.mail.host")
				.hasMessageNotContaining("smtp.example.org");
	}

	@Test
	void switchedOffStaysOff() throws IOException {
		system.setProperty("spring.aot.enabled", "false");

		started(builtWith(Map.of()), environment(Map.of()));

		assertThat(system.getProperty("spring.aot.enabled")).isEqualTo("false");
	}

	@Test
	void aJarBuiltWithoutAotStartsAsAlways() {
		started(new URLClassLoader(new URL[0], null), environment(Map.of()));

		assertThat(system.getProperty("spring.aot.enabled")).isNull();
	}

	@Test
	void theAotBuildRunningMainIsLeftAlone() throws IOException {
		system.setProperty("spring.aot.processing", "true");

		started(builtWith(Map.of()), environment(Map.of()));

		assertThat(system.getProperty("spring.aot.enabled")).isNull();
	}

	private void started(ClassLoader classLoader, StandardEnvironment environment) {
		SpringApplication application = new SpringApplication();
		application.setResourceLoader(new DefaultResourceLoader(classLoader));
		new AheadOfTimeChoice(system).onApplicationEvent(
				new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), application, new String[0], environment));
	}

	/** A class path holding the settings file an AOT build of these settings writes. */
	private ClassLoader builtWith(Map<String, Object> settings) throws IOException {
		Path file = jar.resolve(BuildSettings.RESOURCE);
		Files.createDirectories(file.getParent());
		Files.writeString(file, BuildSettings.of(environment(settings)).write());
		return new URLClassLoader(new URL[] { jar.toUri().toURL() }, null);
	}

	private static StandardEnvironment environment(Map<String, Object> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
		ConfigurationPropertySources.attach(environment);
		return environment;
	}
}
