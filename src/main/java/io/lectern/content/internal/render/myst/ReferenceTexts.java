package io.lectern.content.internal.render.myst;

import io.lectern.content.Bibliography;
import io.lectern.content.internal.render.Labelled;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one reference becomes, following mystmd: the author's text if any (with {@code %s},
 * {@code {number}} and {@code {name}} filled in for {@code {numref}} and links), else the target's
 * number ("Figure 3", "(2)") or title; a label that leads nowhere leaves the text, unlinked, and a
 * warning, except {@code @word}, which is then just what it says.
 */
final class ReferenceTexts {

	private final CrossReferences.Lookup lookup;
	private final CrossReferences.Warnings warnings;
	private final Map<String, Bibliography.Entry> cited = new LinkedHashMap<>();

	ReferenceTexts(CrossReferences.Lookup lookup, CrossReferences.Warnings warnings) {
		this.lookup = lookup;
		this.warnings = warnings;
	}

	/**
	 * @param inner the HTML of the author's text, empty when none
	 * @param page the whole lesson's HTML, in which a {@code #fragment} that is no label may still be an id
	 */
	String html(CrossReferences.Reference reference, String inner, String page) {
		String target = reference.target();
		boolean told = !inner.isBlank();
		switch (reference.form()) {
			case DOC -> {
				String lesson = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
				String text = told ? inner
						: escape(lookup.pageTitle(lesson).orElseGet(() -> lesson.substring(lesson.lastIndexOf('/') + 1)));
				return link(reference, target, text);
			}
			case TOC -> {
				return link(reference, target, escape(lookup.navigationTitle(target)
					.orElseGet(() -> target.substring(target.lastIndexOf('/') + 1))));
			}
			case CITE -> {
				Optional<Bibliography.Entry> entry = lookup.citation(target);
				Optional<CrossReferences.Located> labelled = entry.isPresent() ? Optional.empty()
						: lookup.label(Labels.normalize(target));
				if (labelled.isPresent()) {
					// mystmd reads [@fig-x] naming a label, not a bibliography entry, as a reference to it.
					return link(reference, labelled.get().href(), told ? inner : escape(defaultText(reference, labelled.get().target())));
				}
				if (entry.isEmpty()) {
					warnings.warning(reference.line(), "problem.reference.citation", target);
					return escape(target);
				}
				return link(reference, "#" + cite(entry.get()), told ? inner : escape(ReferenceList.authorYear(entry.get())));
			}
			case AT -> {
				Optional<CrossReferences.Located> found = lookup.label(Labels.normalize(target));
				if (found.isPresent()) {
					return link(reference, found.get().href(), escape(defaultText(reference, found.get().target())));
				}
				// mystmd reads @key as a citation in the text: "Smith (2020)".
				return lookup.citation(target)
					.map(entry -> link(reference, "#" + cite(entry), escape(ReferenceList.authorThenYear(entry))))
					.orElseGet(() -> "@" + escape(target));
			}
			case BIBLIOGRAPHY -> {
				return ReferenceList.entries(lookup.bibliography(CrossReferences.Listed.valueOf(target)).stream().sorted(ReferenceList.ORDER).toList());
			}
			case TERM -> {
				Optional<CrossReferences.Located> term = lookup.label(target);
				if (term.isEmpty()) {
					warnings.warning(reference.line(), "problem.reference.term", target.substring(Glossary.TERM_PREFIX.length()));
					return inner;
				}
				return link(reference, term.get().href(), inner);
			}
			default -> {
				return labelled(reference, inner, page);
			}
		}
	}

	/** The entries the lesson cites, in the order it first cites them. */
	Collection<Bibliography.Entry> cited() {
		return cited.values();
	}

	/** Notes the entry as cited; the id of its line in the lesson's list of references. */
	private String cite(Bibliography.Entry entry) {
		cited.putIfAbsent(entry.key(), entry);
		return ReferenceList.idOf(entry);
	}

	private String labelled(CrossReferences.Reference reference, String inner, String page) {
		String label = reference.target();
		Optional<CrossReferences.Located> found = lookup.label(Labels.normalize(label));
		if (found.isEmpty()) {
			// [text](#id) is also plain CommonMark, linking to an id of the page: kept as it was written.
			boolean plainLink = reference.form() == CrossReference.Form.LINK && !inner.isBlank();
			if (plainLink && page.contains(" id=\"" + escape(label) + "\"")) {
				return "<a href=\"#" + escape(label.replace(" ", "%20")) + "\">" + inner + "</a>";
			}
			// Its text without a link, as mystmd shows it: a link to an id no element has would lead nowhere.
			warnings.warning(reference.line(), "problem.reference.label", label);
			return inner.isBlank() ? escape(label) : inner;
		}
		Target target = found.get().target();
		String text = inner.isBlank() ? escape(defaultText(reference, target)) : filled(reference, inner, target);
		return link(reference, found.get().href(), text);
	}

	private String defaultText(CrossReferences.Reference reference, Target target) {
		return switch (reference.form()) {
			// mystmd names a numbered section by its number ("Section 2.1"), Sphinx by its title; other blocks by their caption.
			case REF -> target.title().isBlank() || isNumberedHeading(target) && !target.refShowsTitle() ? target.text()
					: target.title();
			case NUMREF -> numbered(reference, target, target.template(), false).strip();
			// mystmd writes every reference to an equation as (%s): one without a number reads (??), and is reported.
			default -> isEquation(target) && target.number().isEmpty() ? numbered(reference, target, "(%s)", false)
					: target.text();
		};
	}

	private String filled(CrossReferences.Reference reference, String inner, Target target) {
		if (reference.form() != CrossReference.Form.NUMREF && reference.form() != CrossReference.Form.LINK) {
			return inner;
		}
		String name = escape(target.title().isBlank() ? target.label() : target.title());
		return numbered(reference, target, inner, true).replace("{name}", name);
	}

	/**
	 * The template with the target's number in it ({@code %s}, {@code {number}}, {@code {subEnumerator}}),
	 * or {@code ??} and a warning, as mystmd does, when it has none.
	 *
	 * @param html whether the template is HTML already (a reference's own text), so that the number,
	 *     which an author may write ({@code :enumerator:}), goes in escaped
	 */
	private String numbered(CrossReferences.Reference reference, Target target, String template, boolean html) {
		boolean usesNumber = template.contains("%s") || template.contains("{number}") || template.contains("{subEnumerator}");
		if (usesNumber && target.number().isEmpty()) {
			warnings.warning(reference.line(), "problem.reference.noNumber", target.label());
		}
		return html ? target.filledInHtml(template) : target.filled(template);
	}

	private static boolean isEquation(Target target) {
		return target.kind() == Labelled.Kind.EQUATION || target.kind() == Labelled.Kind.SUBEQUATION;
	}

	private static boolean isNumberedHeading(Target target) {
		return target.kind() == Labelled.Kind.HEADING && !target.number().isEmpty();
	}

	private static String link(CrossReferences.Reference reference, String href, String text) {
		return reference.insideLink() ? text : "<a href=\"" + escape(href) + "\" class=\"reference\">" + text + "</a>";
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
