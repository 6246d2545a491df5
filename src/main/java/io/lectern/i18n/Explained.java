package io.lectern.i18n;

import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal a person reads in their own language: a key of the bundles and its arguments, resolved
 * where it is shown (a page, an API's problem detail) with the request's language, through
 * {@code MessageSource.getMessage(resolvable, locale)}. Its own message is the English one, from the
 * same bundles, for logs and for code that reads it: the words are written once, in the bundles.
 */
public abstract class Explained extends RuntimeException implements MessageSourceResolvable {

	/** The bundles, read once, the first time a refusal's English message is asked for. */
	private static final class English {

		static final InterfaceMessages MESSAGES = new InterfaceMessages();
	}

	private final String code;

	private final Object[] arguments;

	protected Explained(String code, Object... arguments) {
		this(true, code, arguments);
	}

	/** @param stackTrace false for refusals expected in numbers, such as a full queue, where a trace costs and tells nothing */
	protected Explained(boolean stackTrace, String code, Object... arguments) {
		super(null, null, false, stackTrace);
		this.code = code;
		this.arguments = arguments.clone();
	}

	@Override
	public String getMessage() {
		return English.MESSAGES.getMessage(this, Locale.ENGLISH);
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return null;
	}
}
