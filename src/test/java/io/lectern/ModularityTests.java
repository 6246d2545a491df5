package io.lectern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map of DESIGN.md, enforced: modules use each other only through their top-level API
 * packages (and named interfaces), and only the modules each one's package-info allows.
 */
class ModularityTests {

	/** Where the module diagrams are written: generated files only, written again by every run. */
	static final String DIAGRAMS = "docs/architecture";

	private final ApplicationModules modules = ApplicationModules.of(LecternApplication.class);

	@Test
	void modulesOnlyUseEachOthersApisAndOnlyTheModulesTheyAreAllowed() {
		modules.verify();
	}

	@Test
	void aModuleReachingForAModuleItIsNotAllowedFailsTheCheck() {
		// Test classes are imported too: the fixture lives beside this test, outside io.lectern.
		ApplicationModules fixture = ApplicationModules.of("lectern.fixtures.outofbounds", location -> true);

		assertThatExceptionOfType(Violations.class).isThrownBy(fixture::verify)
			.withMessageContaining("Module 'left' depends on module 'right'");
	}

	@Test
	void theModuleDiagramsAreDrawnFromTheCode() throws Exception {
		// PlantUML in the C4 style only: the module canvases read the Javadoc the build extracts,
		// and Spring Modulith 2.0.3 cannot parse it when a comment quotes text.
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();

		assertThat(Path.of(DIAGRAMS, "components.puml")).exists();
		for (String module : new String[] { "authoring", "diagrams", "content", "accounts", "quiz", "progress",
				"operations", "web" }) {
			assertThat(Path.of(DIAGRAMS, "module-" + module + ".puml")).as(module).exists();
		}
		assertThat(Files.readString(Path.of(DIAGRAMS, "module-progress.puml"))).contains("Progress", "Quiz", "Content");
	}
}
