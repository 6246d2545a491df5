package io.lectern.content.internal.web;

import io.lectern.content.Catalog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the old addresses of lessons ({@code redirect_from} paths and permalinks from a
 * previous site) with a permanent redirect to where the lesson lives now, so bookmarks and search
 * results keep working.
 */
@Component
class LegacyRedirectFilter extends OncePerRequestFilter {

	private final Catalog catalog;

	LegacyRedirectFilter(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		Optional<String> target = isRead(request) ? catalog.redirectFor(path).filter(url -> !url.equals(path))
				: Optional.empty();
		if (target.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String query = request.getQueryString();
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, query == null ? target.get() : target.get() + "?" + query);
	}

	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}
}
