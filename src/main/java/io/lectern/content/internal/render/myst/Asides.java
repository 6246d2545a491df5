package io.lectern.content.internal.render.myst;

import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Blocks set apart from the text: {@code margin}, {@code sidebar} and {@code aside} (beside the
 * text on wide screens), {@code topic}, {@code rubric}, {@code centered}, the version notes, and
 * mystmd's plain {@code div} and docutils' {@code container}.
 */
final class Asides {

	/** Each version directive and the key of its words ("New in version {0}") in the course's language. */
	private static final Map<String, String> VERSION_WORDS = Map.of("versionadded", "version.added",
			"versionchanged", "version.changed", "deprecated", "version.deprecated");

	private Asides() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		for (String name : new String[] { "margin", "sidebar", "aside" }) {
			kinds.put(name, DirectiveKind.titled(
					(directive, expansion) -> titled("aside", "aside aside-" + directive.name, directive, expansion)));
		}
		kinds.put("topic", DirectiveKind.titled((directive, expansion) -> titled("div", "topic", directive, expansion)));
		kinds.put("div", Asides::division);
		kinds.put("container", Asides::division);
		// A title alone: their body, if any, shows nothing.
		for (String name : new String[] { "rubric", "centered" }) {
			kinds.put(name, DirectiveKind.read((directive, expansion) -> line(name, directive, expansion),
					DirectiveKind.Body.VERBATIM, true));
		}
		VERSION_WORDS.keySet().forEach(name -> kinds.put(name, Asides::version));
	}

	private static Node titled(String tag, String cssClass, Directive directive, Expansion expansion) {
		Element block = new Element(tag, cssClass).withClasses(directive.option("class"));
		if (!directive.argument.isBlank()) {
			Element title = new Element("p", "aside-title");
			expansion.appendTitle(title, directive);
			block.appendChild(title);
		}
		expansion.appendBody(block, directive);
		return block;
	}

	private static Node division(Directive directive, Expansion expansion) {
		Element block = new Element("div", "").withClasses(directive.option("class") + " " + directive.argument);
		expansion.appendBody(block, directive);
		return block;
	}

	private static Node line(String cssClass, Directive directive, Expansion expansion) {
		Element paragraph = new Element("p", cssClass).withClasses(directive.option("class"));
		expansion.appendTitle(paragraph, directive);
		return paragraph;
	}

	private static Node version(Directive directive, Expansion expansion) {
		Element note = new Element("div", "version-note " + directive.name);
		Paragraph label = new Paragraph();
		Element word = new Element("span", "version-label");
		String version = directive.argument.strip().split("\\s+", 2)[0];
		word.appendChild(new Text(expansion.words.word(VERSION_WORDS.get(directive.name), version)
			.replaceAll("\\s+", " ").strip()));
		label.appendChild(word);
		note.appendChild(label);
		String rest = directive.argument.strip().contains(" ") ? directive.argument.strip().split("\\s+", 2)[1] : "";
		if (!rest.isEmpty()) {
			label.appendChild(new Text(": "));
			expansion.appendInlines(label, rest, directive.line());
		}
		expansion.appendBody(note, directive);
		return note;
	}
}
