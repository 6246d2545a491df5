package io.lectern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map of DESIGN.md, enforced: modules use each other only through their top-level API
 * packages (and named interfaces), and only the modules each one's package-info allows.
 */
class ModularityTests {

	/** Where the module diagrams are written: generated files only, written again when the modules change. */
	static final String DIAGRAMS = "docs/architecture";

	private static final String DRAFTS = "target/architecture-drafts";

	private static final Pattern EDGE_LABEL = Pattern.compile("^(Rel\\([^,]+,[^,]+,) \"[^\"]*\"");

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
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DRAFTS)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		keepUnlessChanged(Path.of(DRAFTS), Path.of(DIAGRAMS));

		assertThat(Path.of(DIAGRAMS, "components.puml")).exists();
		for (String module : new String[] { "authoring", "diagrams", "content", "accounts", "quiz", "progress",
				"operations", "web", "certificates" }) {
			assertThat(Path.of(DIAGRAMS, "module-" + module + ".puml")).as(module).exists();
		}
		assertThat(Files.readString(Path.of(DIAGRAMS, "module-progress.puml"))).contains("Progress", "Quiz", "Content");
	}

	/**
	 * The Documenter writes a diagram's elements in a different order from run to run, and names an
	 * edge two modules share in several ways ("uses", "depends on") by whichever it meets first; a
	 * diagram with the same elements and edges is left as it is, so that a build does not dirty the tree.
	 */
	private static void keepUnlessChanged(Path drafts, Path diagrams) throws IOException {
		Files.createDirectories(diagrams);
		try (Stream<Path> drawn = Files.list(drafts)) {
			for (Path draft : drawn.filter(path -> path.toString().endsWith(".puml")).toList()) {
				Path kept = diagrams.resolve(draft.getFileName());
				if (!Files.exists(kept) || !shape(kept).equals(shape(draft))) {
					Files.copy(draft, kept, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static Set<String> shape(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(line -> EDGE_LABEL.matcher(line).replaceFirst("$1")).collect(Collectors.toSet());
	}
}
