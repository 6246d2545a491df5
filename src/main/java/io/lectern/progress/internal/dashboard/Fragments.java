package io.lectern.progress.internal.dashboard;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders one fragment of the progress templates to a string, for pages other modules own. */
@Component
class Fragments {

	private final ITemplateEngine templates;

	Fragments(ITemplateEngine templates) {
		this.templates = templates;
	}

	String render(String template, String fragment, Map<String, Object> variables) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariables(variables);
		return templates.process(template, Set.of(fragment), context);
	}
}
