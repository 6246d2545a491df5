package io.lectern.certificates.internal.pages;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a fragment of the certificates' templates to HTML, for panels on other modules' pages. */
@Component
class CertificateFragments {

	private final ITemplateEngine templates;
	private final io.lectern.i18n.TemplateContexts contexts;

	CertificateFragments(ITemplateEngine templates, io.lectern.i18n.TemplateContexts contexts) {
		this.templates = templates;
		this.contexts = contexts;
	}

	String render(String fragment, Map<String, Object> variables) {
		Context context = contexts.forRequest();
		context.setVariables(variables);
		return templates.process("certificates/panels", Set.of(fragment), context);
	}
}
