package io.lectern.web.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The footer's language menu: a plain form, so it works without script. It only sets a cookie in
 * the reader's own browser, nothing on the server, so it is a GET and shared pages keep no token;
 * then it sends the reader back to the page they were on. A learner's saved choice on the
 * preferences page still wins over the cookie.
 */
@Controller
class LanguageController {

	private final LearnerLocaleResolver resolver;

	LanguageController(LearnerLocaleResolver resolver) {
		this.resolver = resolver;
	}

	@GetMapping("/language")
	String choose(@RequestParam(name = "lang", defaultValue = "") String tag, HttpServletRequest request,
			HttpServletResponse response) {
		resolver.setLocaleContext(request, response, new SimpleLocaleContext(Locale.forLanguageTag(tag)));
		return "redirect:" + back(request);
	}

	/** The page the menu was on, when the browser says and it is one of ours; else the home page. */
	static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return "/";
		}
		try {
			URI from = URI.create(referer);
			boolean ours = from.getHost() == null || from.getHost().equalsIgnoreCase(request.getServerName());
			String path = from.getRawPath();
			if (!ours || path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/language")) {
				return "/";
			}
			return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}
}
