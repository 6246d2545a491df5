package io.lectern.progress.internal.dashboard;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders one fragment of the progress templates to a string, for pages other modules own. */
@Component
class Fragments {

	private final ITemplateEngine templates;
	private final io.lectern.i18n.TemplateContexts contexts;

	Fragments(ITemplateEngine templates, io.lectern.i18n.TemplateContexts contexts) {
		this.templates = templates;
		this.contexts = contexts;
	}

	String render(String template, String fragment, Map<String, Object> variables) {
		Context context = contexts.forRequest();
		context.setVariables(variables);
		return templates.process(template, Set.of(fragment), context);
	}
}
