package io.lectern.accounts.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What the account pages' code says to the person (a refusal, a flash after a change), in the
 * language of the request, from the {@code account.*} messages. The rules of the service name their
 * refusals by message ({@link #problem}), so the same refusal reads right on every page in any language.
 */
@Component
public class AccountWords {

	private final MessageSource messages;

	public AccountWords(MessageSource messages) {
		this.messages = messages;
	}

	/** A message of the bundles, in the language of the request being served. */
	public String say(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	public String say(MessageSourceResolvable problem) {
		return messages.getMessage(problem, LocaleContextHolder.getLocale());
	}

	/** Each field's problem in words, in the fields' order. */
	public Map<String, String> say(Map<String, ? extends MessageSourceResolvable> problems) {
		Map<String, String> said = new LinkedHashMap<>();
		problems.forEach((field, problem) -> said.put(field, say(problem)));
		return said;
	}

	/** A refusal named by its message, to be put in words for whoever reads it. */
	public static MessageSourceResolvable problem(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}
}
