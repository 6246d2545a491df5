package io.lectern.certificates.internal.pages;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a fragment of the certificates' templates to HTML, for panels on other modules' pages. */
@Component
class CertificateFragments {

	private final ITemplateEngine templates;

	CertificateFragments(ITemplateEngine templates) {
		this.templates = templates;
	}

	String render(String fragment, Map<String, Object> variables) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariables(variables);
		return templates.process("certificates/panels", Set.of(fragment), context);
	}
}
