package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.Slugs;
import io.lectern.content.internal.render.Labelled;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * {@code glossary}: terms and their definitions, each term labelled {@code term-<slug>}, the label
 * {@code {term}} references name. Both ways of writing one are read: Sphinx's (a term on its
 * own line, then its definition indented under it; several term lines share one definition) and
 * mystmd's definition list (a term, then {@code : definition}).
 */
final class Glossary {

	static final String TERM_PREFIX = "term-";

	/** A Markdown link, {@code [text](destination)}, in a term. */
	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

	private Glossary() {
	}

	/** One entry: its terms, its definition as Markdown, and the line the definition starts on. */
	private record Entry(List<String> terms, List<Integer> termLines, StringBuilder definition, int[] definitionLine) {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("glossary", DirectiveKind.verbatim(Glossary::build));
	}

	/**
	 * The id a term's entry carries, so that references can be made from the term's text: a term
	 * written as a link, {@code [Binder](https://jupyter.org/binder)}, is keyed by its text, "Binder",
	 * as Sphinx and mystmd key it.
	 */
	static String id(String term) {
		return TERM_PREFIX + Slugs.slugify(LINK.matcher(term).replaceAll("$1"));
	}

	private static Node build(Directive directive, Expansion expansion) {
		Element list = new Element("dl", "glossary").withClasses(directive.option("class"));
		Set<String> ids = new HashSet<>();
		for (Entry entry : entries(directive.body())) {
			for (int i = 0; i < entry.terms().size(); i++) {
				String term = entry.terms().get(i);
				String id = id(term);
				// The first entry of a term is a target of the course's labels, so {term} references reach it.
				Element dt = ids.add(id) ? new LabelledElement("dt", "", Labelled.Kind.OTHER, id, false, term)
						: new Element("dt", "");
				expansion.appendInlines(dt, term, directive.bodyLine() + entry.termLines().get(i));
				list.appendChild(dt);
			}
			Element dd = new Element("dd", "");
			expansion.appendBlocks(dd, dedent(entry.definition().toString()), directive.bodyLine() + entry.definitionLine()[0]);
			list.appendChild(dd);
		}
		return list;
	}

	private static List<Entry> entries(String body) {
		List<Entry> entries = new ArrayList<>();
		Entry entry = null;
		String[] lines = body.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
			boolean definitionMarker = line.startsWith(": ") || line.startsWith(":\t") || line.equals(":");
			if (line.isBlank()) {
				if (entry != null && entry.definition().length() > 0) {
					entry.definition().append('\n');
				}
			}
			else if (entry != null && (indented || definitionMarker)) {
				if (entry.definition().length() == 0) {
					entry.definitionLine()[0] = i;
				}
				else if (definitionMarker) {
					entry.definition().append('\n');
				}
				entry.definition().append(definitionMarker ? "  " + line.substring(1).strip() : line).append('\n');
			}
			else if (entry != null && entry.definition().length() == 0) {
				entry.terms().add(line.strip());
				entry.termLines().add(i);
			}
			else {
				entry = new Entry(new ArrayList<>(List.of(line.strip())), new ArrayList<>(List.of(i)), new StringBuilder(),
						new int[] { i + 1 });
				entries.add(entry);
			}
		}
		return entries;
	}

	private static String dedent(String text) {
		int indent = Integer.MAX_VALUE;
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				indent = Math.min(indent, line.length() - line.stripLeading().length());
			}
		}
		if (indent == Integer.MAX_VALUE || indent == 0) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			out.append(line.length() >= indent ? line.substring(indent) : line.stripLeading()).append('\n');
		}
		return out.toString();
	}
}
