package io.lectern.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole portal on a random port with the bundled course and an in-memory database, read over
 * real HTTP, with an admin account made from configuration. Tests that extend it share one running
 * application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:full", "lectern.admin.username=" + PortalTest.ADMIN,
				"lectern.admin.password=" + Browser.PASSWORD,
				// Counted statements let tests check that a page's queries stay bounded; no per-session log lines.
				"spring.jpa.properties.hibernate.generate_statistics=true",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn" })
public abstract class PortalTest {

	/** The admin that configuration creates at start-up, with {@link Browser#PASSWORD}. */
	public static final String ADMIN = "portal-admin";

	@LocalServerPort
	protected int port;

	protected HttpPages pages;

	@BeforeEach
	void connect() {
		pages = new HttpPages(port);
	}
}
