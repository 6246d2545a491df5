package io.lectern.diagrams.internal;

import java.util.Locale;

/**
 * Writes SVG and HTML with every text and attribute value escaped. Attribute order is the order
 * given and numbers print the same on every machine, so a drawing is the same bytes every time.
 */
final class Markup {

	private final StringBuilder out = new StringBuilder(8192);

	/** {@code <name a="1" b="2">}; attributes come as name, value pairs. */
	Markup open(String name, Object... attributes) {
		tag(name, attributes);
		out.append('>');
		return this;
	}

	/** {@code <name a="1"/>}. */
	Markup empty(String name, Object... attributes) {
		tag(name, attributes);
		out.append("/>");
		return this;
	}

	/** {@code <name ...>text</name>}. */
	Markup element(String name, String text, Object... attributes) {
		return open(name, attributes).text(text).close(name);
	}

	Markup close(String name) {
		out.append("</").append(name).append('>');
		return this;
	}

	Markup text(String text) {
		escape(text, out);
		return this;
	}

	/** Markup this class wrote itself, or trusted text such as a stylesheet from the jar. */
	Markup raw(String markup) {
		out.append(markup);
		return this;
	}

	Markup newline() {
		out.append('\n');
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}

	private void tag(String name, Object[] attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("Attributes come in name, value pairs: " + name);
		}
		out.append('<').append(name);
		for (int i = 0; i < attributes.length; i += 2) {
			out.append(' ').append(attributes[i]).append("=\"");
			escape(format(attributes[i + 1]), out);
			out.append('"');
		}
	}

	/** Whole numbers without a decimal point, others with one decimal, never in a local format. */
	static String format(Object value) {
		if (value instanceof Double number) {
			return number == Math.rint(number) ? Long.toString(number.longValue())
					: String.format(Locale.ROOT, "%.1f", number);
		}
		return String.valueOf(value);
	}

	static void escape(String text, StringBuilder out) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
	}
}
