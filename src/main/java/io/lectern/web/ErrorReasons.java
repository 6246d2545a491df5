package io.lectern.web;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Spring Boot's error attributes, plus {@code reason}: why the portal refused, in the reader's
 * language, when the refusal names one of the bundles' {@code reason.*} keys ("There is no
 * certificate at this address."). The error's own message stays out of every page and body
 * ({@code server.error.include-message=never}), as it may come from anywhere; a reason is only ever
 * a sentence of the bundles.
 */
@Component
class ErrorReasons extends DefaultErrorAttributes {

	static final String PREFIX = "reason.";

	private final MessageSource messages;

	ErrorReasons(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		key(getError(request)).flatMap(key -> Optional.ofNullable(messages.getMessage(key, null, null, LocaleContextHolder.getLocale())))
			.ifPresent(reason -> attributes.put("reason", reason));
		return attributes;
	}

	/** The key a refusal gives as its reason, from a {@link ResponseStatusException} or a {@link ResponseStatus} annotation. */
	static Optional<String> key(Throwable error) {
		if (error instanceof ResponseStatusException refusal) {
			return Optional.ofNullable(refusal.getReason()).filter(reason -> reason.startsWith(PREFIX));
		}
		if (error == null) {
			return Optional.empty();
		}
		ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(error.getClass(), ResponseStatus.class);
		return Optional.ofNullable(status).map(ResponseStatus::reason).filter(reason -> reason.startsWith(PREFIX));
	}
}
