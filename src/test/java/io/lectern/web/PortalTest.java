package io.lectern.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole portal on a random port with the bundled course and an in-memory database, read over
 * real HTTP. Tests that extend it share one running application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:mem:full")
public abstract class PortalTest {

	@LocalServerPort
	protected int port;

	protected HttpPages pages;

	@BeforeEach
	void connect() {
		pages = new HttpPages(port);
	}
}
