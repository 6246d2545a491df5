package io.lectern.operations.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** What a start must share with the AOT build to use its generated beans, and what it may change. */
class BuildSettingsTest {

	/** As the jar's own application.properties holds them. */
	private static final Map<String, Object> JAR = Map.of("spring.application.name", "lectern",
			"spring.autoconfigure.exclude", "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
			"spring.datasource.url", "jdbc:h2:file:./data/lectern", "lectern.content.dir", "", "lectern.data.dir", "./data",
			"management.endpoints.web.exposure.include", "health,info");

	@Test
	void theBuildsOwnSettingsAreTheSameAtRunTime() {
		assertThat(settings(Map.of()).differencesFrom(settings(Map.of()))).isEmpty();
	}

	@Test
	void whereToListenWhichDatabaseAndLecternsOwnSettingsAreBoundAtRunTime() {
		BuildSettings run = settings(Map.of("server.port", "9090", "server.address", "0.0.0.0", "spring.datasource.url",
				"jdbc:h2:mem:other", "spring.datasource.password", "secret", "spring.datasource.hikari.maximum-pool-size", "20",
				"lectern.data.dir", "/app/data", "lectern.public-url", "https://learn.example.org", "lectern.admin.username", "ada",
				"logging.level.root", "debug"));

		assertThat(settings(Map.of()).differencesFrom(run)).isEmpty();
	}

	@Test
	void aManagementPortMailSingleSignOnOrSessionsDifferFromTheBuild() {
		BuildSettings run = settings(Map.of("management.server.port", "8081", "spring.mail.host", "smtp.example.org",
				"spring.security.oauth2.client.registration.school.client-id", "portal", "spring.autoconfigure.exclude", ""));

		assertThat(settings(Map.of()).differencesFrom(run)).containsExactly("management.server.port",
				"spring.autoconfigure.exclude", "spring.mail.host", "spring.security.oauth2.client.registration.school.client-id");
	}

	@Test
	void aManagementPortCountsByItsKindNotItsNumber() {
		BuildSettings built = settings(Map.of("management.server.port", "9090"));

		// Another port of its own, on another address: the same child context, bound when it starts.
		assertThat(built.differencesFrom(settings(Map.of("management.server.port", "9191", "management.server.address", "127.0.0.1"))))
				.isEmpty();
		// None of its own (unset, or the HTTP port's), or none at all: other beans.
		assertThat(built.differencesFrom(settings(Map.of()))).containsExactly("management.server.port");
		assertThat(built.differencesFrom(settings(Map.of("management.server.port", "8080", "server.port", "8080"))))
				.containsExactly("management.server.port");
		assertThat(built.differencesFrom(settings(Map.of("management.server.port", "-1")))).containsExactly("management.server.port");
		// Set to the HTTP port is the same as unset.
		assertThat(settings(Map.of()).differencesFrom(settings(Map.of("management.server.port", "9090", "server.port", "9090"))))
				.isEmpty();
	}

	@Test
	void whereTheCoursesComeFromDecidesBeansThoughItIsLecternsOwn() {
		BuildSettings run = settings(Map.of("lectern.content.dir", "/content", "lectern.content.git.url", "https://git.example.org/c.git",
				"lectern.content.watch", "false", "lectern.content.strict", "true"));

		assertThat(settings(Map.of()).differencesFrom(run)).containsExactly("lectern.content.dir", "lectern.content.git.url",
				"lectern.content.watch");
	}

	@Test
	void theCourseFolderAndRepositoryCountBySetOrNotAndTheRestOfGitIsBoundAtRunTime() {
		BuildSettings folder = settings(Map.of("lectern.content.dir", "/content", "lectern.content.watch", "false"));
		BuildSettings git = settings(Map.of("lectern.content.git.url", "https://git.example.org/a.git", "lectern.content.git.branch", "main"));

		assertThat(folder.differencesFrom(settings(Map.of("lectern.content.dir", "/srv/courses", "lectern.content.watch", "false"))))
				.isEmpty();
		assertThat(git.differencesFrom(settings(Map.of("lectern.content.git.url", "ssh://git@example.org/b.git",
				"lectern.content.git.branch", "published", "lectern.content.git.poll", "5m")))).isEmpty();
		assertThat(folder.differencesFrom(settings(Map.of("lectern.content.dir", "/srv/courses"))))
				.containsExactly("lectern.content.watch");
	}

	@Test
	void anotherProfileDiffers() {
		StandardEnvironment postgres = environment(Map.of());
		postgres.setActiveProfiles("postgres");

		assertThat(settings(Map.of()).differencesFrom(BuildSettings.of(postgres)))
				.containsExactly("the active profiles (built with none)");
	}

	@Test
	void settingsFromTheEnvironmentAreFoundUnderTheirPropertyNames() {
		StandardEnvironment run = environment(Map.of());
		run.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
				Map.of("MANAGEMENT_SERVER_PORT", "8081", "SERVER_PORT", "9090", "LECTERN_SERVICE_HOST", "10.0.0.7", "PATH", "/usr/bin")));
		ConfigurationPropertySources.attach(run);

		assertThat(settings(Map.of()).differencesFrom(BuildSettings.of(run))).containsExactly("management.server.port");
	}

	@Test
	void theJarKeepsDigestsNotValuesAndReadsBackTheSame() throws Exception {
		BuildSettings built = settings(Map.of("spring.mail.password", "the build machine's secret"));

		String written = built.write();
		BuildSettings read = BuildSettings.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));

		assertThat(written).contains("setting.spring.mail.password=").doesNotContain("secret", "h2:file");
		assertThat(read).isEqualTo(built);
		assertThat(read.differencesFrom(settings(Map.of("spring.mail.password", "another")))).containsExactly("spring.mail.password");
	}

	private static BuildSettings settings(Map<String, Object> overrides) {
		return BuildSettings.of(environment(overrides));
	}

	private static StandardEnvironment environment(Map<String, Object> overrides) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addLast(new MapPropertySource("jar", JAR));
		environment.getPropertySources().addFirst(new MapPropertySource("run", overrides));
		ConfigurationPropertySources.attach(environment);
		return environment;
	}
}
