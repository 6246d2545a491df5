package io.lectern.accounts.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Sends a guest who needs an account to the login page, and back afterwards. A page they asked for
 * is where they return; for a form they posted (starting a quiz, say), it is the page the form
 * was on, because a POST cannot be replayed after the login.
 */
class LoginEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
			throws IOException {
		Optional<String> back = "GET".equals(request.getMethod()) ? Optional.of(requested(request)) : referringPage(request);
		response.sendRedirect(back.flatMap(ReturnAddress::of)
			.map(path -> "/login?" + ReturnAddress.PARAMETER + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
			.orElse("/login"));
	}

	private static String requested(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	/** The page of this site the form was posted from, if the browser says. */
	private static Optional<String> referringPage(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return Optional.empty();
		}
		try {
			URI uri = URI.create(referer);
			boolean sameSite = request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getPort() == request.getServerPort();
			return sameSite ? Optional.ofNullable(uri.getRawPath()) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
