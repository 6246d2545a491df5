package io.lectern.content.internal.math;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Macros a formula defines for the formulas after it on the same page. Books written for MathJax
 * (Jupyter Book 1, Sphinx) often open a page with {@code $$\newcommand{\R}{\mathbb{R}}$$} and use
 * {@code \R} below; MathJax keeps such definitions for the rest of the page, while the TeX library
 * forgets them after each formula. So they are read here and handed on as page macros. Only the
 * forms that name the macro, its argument count and a braced body are read; a definition with an
 * optional argument's default stays the formula's own.
 */
public final class FormulaMacros {

	private static final Pattern DEFINITION = Pattern
		.compile("\\\\(?:(?:re|provide)?newcommand\\*?\\s*(?:\\{\\s*(\\\\[A-Za-z]+)\\s*}|(\\\\[A-Za-z]+))\\s*(?:\\[(\\d)])?"
				+ "|def\\s*(\\\\[A-Za-z]+)((?:#\\d)*))\\s*(?=\\{)");

	private static final Pattern PARAMETER = Pattern.compile("#(\\d)");

	private FormulaMacros() {
	}

	/** @return the macros {@code tex} defines, by name, in the library's form ({@code #1} for arguments) */
	public static Map<String, String> definedIn(String tex) {
		Map<String, String> defined = new LinkedHashMap<>();
		if (!tex.contains("command") && !tex.contains("\\def")) {
			return defined;
		}
		Matcher definition = DEFINITION.matcher(tex);
		while (definition.find()) {
			int end = closingBrace(tex, definition.end());
			if (end < 0) {
				break;
			}
			String name = firstOf(definition.group(1), definition.group(2), definition.group(4));
			String body = tex.substring(definition.end() + 1, end);
			int declared = definition.group(3) != null ? Integer.parseInt(definition.group(3))
					: definition.group(5) != null ? definition.group(5).length() / 2 : 0;
			// The library counts arguments from the #n the body uses; one that ignores a declared argument would misread.
			if (declared == highestParameter(body)) {
				defined.put(name, body);
			}
			definition.region(end + 1, tex.length());
		}
		return defined;
	}

	/** Whether {@code tex} is nothing but definitions: a formula written only to define macros shows nothing. */
	public static boolean onlyDefines(String tex) {
		if (!tex.contains("command") && !tex.contains("\\def")) {
			return false;
		}
		StringBuilder rest = new StringBuilder();
		Matcher definition = DEFINITION.matcher(tex);
		int from = 0;
		while (definition.find()) {
			int end = closingBrace(tex, definition.end());
			if (end < 0) {
				return false;
			}
			rest.append(tex, from, definition.start());
			from = end + 1;
			definition.region(from, tex.length());
		}
		rest.append(tex, from, tex.length());
		return from > 0 && rest.toString().replace("\\\\", "").isBlank();
	}

	/** The index of the brace closing the group that opens at {@code open}; -1 if none does. */
	static int closingBrace(String tex, int open) {
		int depth = 0;
		for (int i = open; i < tex.length(); i++) {
			char c = tex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static int highestParameter(String body) {
		Matcher parameter = PARAMETER.matcher(body);
		int highest = 0;
		while (parameter.find()) {
			highest = Math.max(highest, Integer.parseInt(parameter.group(1)));
		}
		return highest;
	}

	private static String firstOf(String... names) {
		for (String name : names) {
			if (name != null) {
				return name;
			}
		}
		throw new IllegalStateException("A definition names its macro");
	}
}
