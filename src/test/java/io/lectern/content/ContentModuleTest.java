package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/** The content module with the authoring and diagrams modules it uses, and nothing else. */
// Content asks for the problem board and draws diagrams through beans made in its own
// configuration, which Spring Modulith does not count as bean dependencies: both are named.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "authoring", "diagrams" })
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:content-module")
class ContentModuleTest {

	@Autowired
	Catalog catalog;

	@Test
	void itsCatalogHoldsTheBundledCourseWithItsDiagramsDrawn() {
		Course course = catalog.course(CourseSlug.of("aws-data-security")).orElseThrow();

		assertThat(course.lessons()).isNotEmpty();
		assertThat(catalog.diagrams().responsibility(io.lectern.diagrams.Diagrams.AWS)).isPresent();
	}
}
