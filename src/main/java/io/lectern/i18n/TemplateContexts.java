package io.lectern.i18n;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Contexts for templates rendered outside a request's view (lesson pages kept in memory, fragments
 * spliced into other modules' pages): in the request's language, and able to call beans such as
 * {@code @formats} and {@code @languages}, as every page's layout does.
 */
public class TemplateContexts {

	private final ApplicationContext application;

	public TemplateContexts(ApplicationContext application) {
		this.application = application;
	}

	/** A context in the language of the request being served. */
	public Context forRequest() {
		return in(LocaleContextHolder.getLocale());
	}

	public Context in(java.util.Locale locale) {
		Context context = new Context(locale);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		return context;
	}
}
