package io.lectern.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The shell with every module it may use: the home page lists the catalog under the security policy. */
// Beans asked for by @Bean methods (content's problem board and diagrams, the security policy's
// account security) are not counted as bean dependencies by Spring Modulith: their modules are named.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "authoring", "diagrams", "accounts" })
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:web-module")
class WebModuleTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageListsTheCatalogUnderTheContentSecurityPolicy() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
			.andExpect(content().string(Matchers.containsString("/courses/aws-data-security")));
	}
}
