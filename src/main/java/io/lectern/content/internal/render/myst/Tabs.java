package io.lectern.content.internal.render.myst;

import java.util.Map;
import org.commonmark.node.Node;

/**
 * {@code tab-set} and {@code tab-item}. Without script each tab is a section under its own heading,
 * one after the other; {@code /js/tabs.js} turns a set into tabs with their ARIA roles.
 */
final class Tabs {

	private Tabs() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("tab-set", (directive, expansion) -> {
			Element set = new Element("div", "tab-set").withClasses(directive.option("class"));
			expansion.appendBody(set, directive);
			return set;
		});
		kinds.put("tab-item", DirectiveKind.titled(Tabs::item));
	}

	static Node item(Directive directive, Expansion expansion) {
		Element item = new Element("section", "tab-item" + (directive.options().containsKey("selected") ? " tab-selected" : ""))
			.withClasses(directive.option("class"));
		SectionTitle title = new SectionTitle("tab-title");
		if (directive.argument.isBlank()) {
			expansion.appendInlines(title, expansion.words.word("tab"), directive.line());
		}
		else {
			expansion.appendTitle(title, directive);
		}
		item.appendChild(title);
		expansion.appendBody(item, directive);
		return item;
	}
}
