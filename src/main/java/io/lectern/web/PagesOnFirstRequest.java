package io.lectern.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;

/**
 * Start-up makes what a first lesson page needs, not every page: the portal's controllers (the
 * admin's and the instructor's pages, backups, certificates, the account pages, the JSON API) and
 * springdoc's beans behind {@code /api/docs} are made at the first request for one of their
 * addresses. Spring Boot's lazy initialisation ({@code spring.main.lazy-initialization}) would make
 * every bean so; this filter keeps all others made at start-up, so that the catalog still loads
 * before the first request, listeners and schedules run as before, and a broken bean or setting
 * still stops the start. A controller that reads a setting itself is made at start-up for the same
 * reason. Spring MVC finds a controller's routes from its class, without making it.
 */
@Configuration(proxyBeanMethods = false)
class PagesOnFirstRequest {

	/** Static, since Spring Boot asks for the filters while it reads the bean definitions. */
	@Bean
	static LazyInitializationExcludeFilter madeAtStartUpUnlessAPage() {
		return (name, definition, type) -> !madeOnFirstRequest(type);
	}

	static boolean madeOnFirstRequest(Class<?> type) {
		if (type == null) {
			return false;
		}
		if (type.getName().startsWith("org.springdoc.")) {
			return true;
		}
		return type.getName().startsWith("io.lectern.") && AnnotatedElementUtils.hasAnnotation(type, Controller.class)
				&& !readsSettings(type);
	}

	private static boolean readsSettings(Class<?> type) {
		return Arrays.stream(type.getDeclaredConstructors())
			.map(Constructor::getParameters)
			.flatMap(Arrays::stream)
			.anyMatch(PagesOnFirstRequest::isSetting);
	}

	private static boolean isSetting(Parameter parameter) {
		return parameter.isAnnotationPresent(Value.class)
				|| AnnotatedElementUtils.hasAnnotation(parameter.getType(), ConfigurationProperties.class);
	}
}
