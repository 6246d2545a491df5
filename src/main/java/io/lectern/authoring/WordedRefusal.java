package io.lectern.authoring;

/**
 * Content refused as a content problem words it: the key of a sentence in the
 * {@code content-problems} messages and what fills it in, so that the problems page says it in the
 * reader's language. Its own message is that sentence in English, for code and logs. The modules
 * that check an author's files (quiz questions, diagrams) refuse with their own subclass of it.
 */
public class WordedRefusal extends IllegalArgumentException {

	private final String key;

	private final transient Object[] arguments;

	protected WordedRefusal(String key, Object... arguments) {
		super(ContentProblem.inEnglish(key, arguments));
		this.key = key;
		this.arguments = arguments.clone();
	}

	public String key() {
		return key;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
