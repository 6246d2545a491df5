package io.lectern.web.language;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages are written in the language the request asks for (its {@code Accept-Language}, or the
 * menu's cookie), so a cache between the portal and the reader must keep one copy per language.
 * Static files (styles, scripts, images) are the same in every language and keep their caching.
 */
@Component
class VaryByLanguage extends OncePerRequestFilter {

	static final String VARY = "Accept-Language, Cookie";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.addHeader("Vary", VARY);
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
				|| path.startsWith("/fonts/") || path.equals("/favicon.svg") || path.contains("/media/")
				|| path.startsWith("/actuator/");
	}
}
