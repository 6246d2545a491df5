package io.lectern.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lectern's forms and JSON bodies are checked by the handlers that take them, each with the
 * message its page shows; nothing is annotated with Bean Validation's constraints. Without a
 * validator of its own, Spring MVC would look for a Bean Validation provider at start-up (the
 * API description's library brings the annotations, not a provider) and log that it found none.
 */
@Component
class FormsCheckedByHandlers implements WebMvcConfigurer {

	private static final Validator NO_CONSTRAINTS = new Validator() {

		@Override
		public boolean supports(Class<?> type) {
			return false;
		}

		@Override
		public void validate(Object target, Errors errors) {
			// Supports no type, so Spring MVC never asks.
		}
	};

	@Override
	public Validator getValidator() {
		return NO_CONSTRAINTS;
	}
}
