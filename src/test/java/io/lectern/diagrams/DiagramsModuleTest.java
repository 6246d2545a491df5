package io.lectern.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.Problems;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The diagrams module with the authoring module it uses. The diagrams an author adds come with the
 * content; here there are only the bundled ones.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:diagrams-module")
class DiagramsModuleTest {

	@TestConfiguration
	static class BundledDiagramsOnly {

		@Bean
		Diagrams diagrams() {
			return Diagrams.load(new TreeMap<>(), new Problems());
		}
	}

	@Autowired
	ApplicationContext context;

	@Test
	void itsExplorerStartsWithTheBundledModels() {
		Diagrams diagrams = context.getBean(Diagrams.class);

		assertThat(diagrams.responsibility(Diagrams.AWS)).isPresent();
		assertThat(context.getBeanDefinitionNames()).anyMatch(name -> name.equals("explorerController"));
	}
}
