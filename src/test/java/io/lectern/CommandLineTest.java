package io.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the jar's arguments ask for, read before anything starts. */
class CommandLineTest {

	private static CommandLine read(String... args) {
		return CommandLine.of(List.of(args), Optional.empty());
	}

	@Test
	void theFolderToCheckMayFollowTheFlagAsAWordOrAfterAnEqualsSign() {
		assertThat(read("--validate", "courses/physics")).isEqualTo(new CommandLine.Validate(Path.of("courses/physics"), false));
		assertThat(read("--validate=courses/physics", "--strict")).isEqualTo(new CommandLine.Validate(Path.of("courses/physics"), true));
		assertThat(read("--validate", "courses/physics", "--strict")).isEqualTo(new CommandLine.Validate(Path.of("courses/physics"), true));
	}

	@Test
	void withoutAFolderTheCheckTakesTheOneThePortalWouldServe() {
		assertThat(read("--validate", "--strict", "--lectern.content.dir=/srv/courses"))
			.isEqualTo(new CommandLine.Validate(Path.of("/srv/courses"), true));
		assertThat(CommandLine.of(List.of("--validate"), Optional.of("/srv/from-env")))
			.isEqualTo(new CommandLine.Validate(Path.of("/srv/from-env"), false));
		assertThat(read("--validate")).isEqualTo(new CommandLine.Validate(Path.of("."), false));
	}

	@Test
	void helpIsPrintedInsteadOfStartingAServer() {
		assertThat(read("--help")).isInstanceOf(CommandLine.Help.class);
		assertThat(read("-h")).isInstanceOf(CommandLine.Help.class);
		assertThat(CommandLine.USAGE).contains("--validate <folder>", "--strict", "docs/operating.md");
	}

	@Test
	void anythingElseIsLeftToSpringBootAndStartsThePortal() {
		assertThat(read()).isInstanceOf(CommandLine.Serve.class);
		assertThat(read("--server.port=8081", "--lectern.content.dir=/srv/courses")).isInstanceOf(CommandLine.Serve.class);
	}
}
