package io.lectern.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches requests that came in on the separate management port, when one is set
 * ({@code MANAGEMENT_SERVER_PORT}): that port is meant to be reachable from the internal network
 * only, like the database, so a metrics scraper needs no account there. The port is read once the
 * management server has started, since a configured 0 means "any free port".
 */
final class ManagementPort implements RequestMatcher {

	private final Environment environment;

	ManagementPort(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		Integer management = environment.getProperty("local.management.port", Integer.class);
		Integer server = environment.getProperty("local.server.port", Integer.class);
		return management != null && !management.equals(server) && request.getLocalPort() == management;
	}
}
