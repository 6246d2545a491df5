package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.ContentWords;
import io.lectern.content.internal.render.Labelled;
import io.lectern.content.internal.render.LinkResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * MyST directives, as the mystmd guide and MyST-Parser define them: the parser extension that
 * reads their fences, and the pass that gives each the blocks it stands for. A directive Lectern
 * does not know shows its body in a plain box with its name, and is reported.
 */
public final class Directives {

	/** Directives whose body is a diagram's source (sphinxcontrib's and mystmd's), shown as code. */
	private static final Set<String> DIAGRAM_LANGUAGES = Set.of("mermaid", "graphviz", "digraph", "graph", "plantuml",
			"uml", "tikz");
	private static final Map<String, DirectiveKind> KINDS = kinds();
	private static final DirectiveKind UNKNOWN = Directives::unknown;

	/** sphinx-exercise's gated form: {@code exercise-start} ... {@code exercise-end} around any content. */
	private static final Set<String> GATED = Set.of("exercise", "solution");

	private Directives() {
	}

	/** Registers the fences with the parser and the directives' blocks with the HTML renderer. */
	public static Extension extension() {
		return new DirectiveExtension();
	}

	/** What a directive of that name means; one Lectern does not know shows its body. */
	static DirectiveKind kind(String name) {
		return KINDS.getOrDefault(name, UNKNOWN);
	}

	/**
	 * Replaces every directive of {@code document} with what it means.
	 *
	 * @param parser parses what the lesson's own parse left as text: an included file, a glossary's
	 *     entries, a title that is not plain text
	 * @param bodyLine the line of the lesson file the parsed text starts on, for problem reports
	 */
	public static void expand(Node document, Function<String, Node> parser, LinkResolver links, int bodyLine,
			ContentWords words) {
		expand(document, parser, links, bodyLine, words, "");
	}

	/** @param cellLanguage the language of {@code {code-cell}} blocks that name none (the notebook kernel's), or empty */
	public static void expand(Node document, Function<String, Node> parser, LinkResolver links, int bodyLine,
			ContentWords words, String cellLanguage) {
		expand(document, new Expansion(parser, links, bodyLine, words, cellLanguage));
		SectionTitles.level(document);
	}

	static void expand(Node root, Expansion expansion) {
		List<Directive> found = new ArrayList<>();
		collect(root, found);
		gate(found, expansion);
		for (Directive directive : found) {
			if (directive.getParent() == null) {
				continue;
			}
			directive.detachTitle();
			Node built = kind(directive.name).build(directive, expansion);
			String label = directive.label();
			if (!label.isEmpty() && built != null && !carries(built, label)) {
				// A :name: or :label: on a block that takes no number (a note, a topic, a sidebar) still
				// names it, as docutils registers every such name: a target right before it.
				directive.insertBefore(placed(new LabelLine(label), directive));
			}
			if (built instanceof Fragment fragment) {
				for (Node child = fragment.getFirstChild(); child != null;) {
					Node next = child.getNext();
					directive.insertBefore(placed(child, directive));
					child = next;
				}
			}
			else if (built != null) {
				directive.insertBefore(placed(built, directive));
			}
			directive.unlink();
		}
	}

	/** Whether {@code built} holds a block that the label names already. */
	private static boolean carries(Node built, String label) {
		if (built instanceof Labelled labelled && labelled.label().filter(label::equals).isPresent()) {
			return true;
		}
		for (Node child = built.getFirstChild(); child != null; child = child.getNext()) {
			if (carries(child, label)) {
				return true;
			}
		}
		return false;
	}

	/** What a directive built stands where the directive was written, so problems inside it point there. */
	private static Node placed(Node built, Directive directive) {
		if (built.getSourceSpans().isEmpty()) {
			built.setSourceSpans(directive.getSourceSpans());
		}
		return built;
	}

	private static void collect(Node node, List<Directive> found) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Directive directive) {
				found.add(directive);
			}
			else {
				collect(child, found);
			}
		}
	}

	/** Moves what stands between {@code name-start} and {@code name-end} into the start directive. */
	private static void gate(List<Directive> found, Expansion expansion) {
		for (Directive directive : found) {
			String name = directive.name;
			if (name.endsWith("-end") && GATED.contains(name.substring(0, name.length() - 4))) {
				if (directive.getParent() != null) {
					expansion.warn(directive, "problem.directive.noStart", name, name.replace("-end", "-start"));
					directive.unlink();
				}
				continue;
			}
			if (!name.endsWith("-start") || !GATED.contains(name.substring(0, name.length() - 6))) {
				continue;
			}
			String end = name.replace("-start", "-end");
			Node next = directive.getNext();
			while (next != null && !(next instanceof Directive closing && closing.name.equals(end))) {
				Node following = next.getNext();
				directive.gathered().appendChild(next);
				next = following;
			}
			if (next == null) {
				expansion.warn(directive, "problem.directive.noEnd", name, end);
			}
			else {
				next.unlink();
			}
		}
	}

	private static Node unknown(Directive directive, Expansion expansion) {
		Element box = unknownBox(directive, expansion);
		expansion.appendBody(box, directive);
		return box;
	}

	/**
	 * A diagram written in a language of its own (mermaid, Graphviz, PlantUML, TikZ), which Lectern
	 * does not draw: its source, kept as written, as an unknown directive's content. Read as
	 * Markdown, a flowchart's lines ran together into one paragraph.
	 */
	private static Node diagramSource(Directive directive, Expansion expansion) {
		Element box = unknownBox(directive, expansion);
		box.appendChild(CodeBlocks.listing(directive, expansion, directive.name, directive.body().strip() + "\n"));
		return box;
	}

	private static Element unknownBox(Directive directive, Expansion expansion) {
		expansion.warn(directive, "problem.directive.unknown", directive.name);
		Element box = new Element("div", "directive-unknown");
		Element name = new Element("p", "directive-name");
		name.appendChild(new Text(directive.name + (directive.argument.isBlank() ? "" : " " + directive.argument)));
		box.appendChild(name);
		return box;
	}

	private static Map<String, DirectiveKind> kinds() {
		Map<String, DirectiveKind> kinds = new HashMap<>();
		List.<DirectiveKind.Family>of(Admonitions::register, Figures::register, Tables::register, CodeBlocks::register,
				Quotes::register, Glossary::register, Asides::register, Cards::register, Buttons::register, Tabs::register, SphinxPanels::register, OnlyDirective::register,
				Exercises::register, Proofs::register, Embeds::register, Include::register, Plain::register, TableOfContents::register,
				ContentsList::register,
				MystDemo::register)
			.forEach(family -> family.register(kinds));
		DIAGRAM_LANGUAGES.forEach(language -> kinds.put(language, DirectiveKind.verbatim(Directives::diagramSource)));
		return Map.copyOf(kinds);
	}
}
