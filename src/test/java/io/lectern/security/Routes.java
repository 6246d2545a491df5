package io.lectern.security;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The portal's routes as Spring MVC maps them, so a suite that walks them notices a route added
 * later: it fails until the new route has been given real values and an expected answer.
 */
final class Routes {

	private Routes() {
	}

	/** The patterns of every route that answers {@code method}, including those mapped for any method. */
	static Set<String> answering(RequestMappingHandlerMapping mapping, RequestMethod method) {
		Set<String> patterns = new TreeSet<>();
		mapping.getHandlerMethods().keySet().forEach(info -> {
			if (accepts(info, method)) {
				patterns.addAll(info.getPatternValues());
			}
		});
		return patterns;
	}

	/**
	 * The patterns of the portal's own pages mapped by address rather than by annotation (the lesson
	 * pages, for speed): request handlers of ours, which answer GET and HEAD only. Spring's own
	 * address mappings (static files) are not routes of the portal's.
	 */
	static Set<String> readByAddress(ApplicationContext context) {
		Set<String> patterns = new TreeSet<>();
		context.getBeansOfType(SimpleUrlHandlerMapping.class).values().forEach(mapping -> mapping.getHandlerMap()
			.forEach((pattern, handler) -> {
				if (handler instanceof HttpRequestHandler && handler.getClass().getName().startsWith("io.lectern.")) {
					patterns.add(pattern);
				}
			}));
		return patterns;
	}

	/** The patterns of every route that changes state: anything but GET, HEAD and OPTIONS. */
	static Set<String> changingState(RequestMappingHandlerMapping mapping) {
		Set<String> patterns = new TreeSet<>();
		for (RequestMethod method : new RequestMethod[] { RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
				RequestMethod.DELETE }) {
			patterns.addAll(answering(mapping, method));
		}
		return patterns;
	}

	private static boolean accepts(RequestMappingInfo info, RequestMethod method) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(method);
	}
}
