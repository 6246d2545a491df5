package io.lectern.content.internal.render.myst;

import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * {@code epigraph}, {@code pull-quote} and {@code highlights}: a block quote whose last paragraph,
 * when it starts with {@code --} or a dash, names who said it.
 */
final class Quotes {

	private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*(?:-{2,3}|\u2014|\u2015)\\s*");

	private Quotes() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		for (String name : new String[] { "epigraph", "pull-quote", "highlights" }) {
			kinds.put(name, Quotes::quote);
		}
	}

	private static Node quote(Directive directive, Expansion expansion) {
		Element quote = new Element("blockquote", directive.name).withClasses(directive.option("class"));
		expansion.appendBody(quote, directive);
		if (quote.getLastChild() instanceof Paragraph last && last.getFirstChild() instanceof Text first
				&& ATTRIBUTION.matcher(first.getLiteral()).find()) {
			first.setLiteral(ATTRIBUTION.matcher(first.getLiteral()).replaceFirst(""));
			Element attribution = new Element("p", "attribution");
			attribution.appendChild(new Text("\u2014 "));
			Expansion.moveChildren(last, attribution);
			last.unlink();
			quote.appendChild(attribution);
		}
		return quote;
	}
}
