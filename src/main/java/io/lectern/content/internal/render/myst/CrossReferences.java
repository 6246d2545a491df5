package io.lectern.content.internal.render.myst;

import io.lectern.content.Bibliography;
import io.lectern.content.internal.render.LessonLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The references of one rendered lesson, waiting for the labels of its whole course. Each is in
 * the lesson's HTML as its text between two markers made with a random nonce, so lesson text
 * cannot forge one, and plain text, so the sanitizer leaves them be; {@link #resolve} swaps each
 * pair for a link (or for plain text when the label does not exist).
 */
public final class CrossReferences {

	public static final CrossReferences NONE = new CrossReferences("", List.of());

	private final String nonce;
	private final List<Reference> references;

	private CrossReferences(String nonce, List<Reference> references) {
		this.nonce = nonce;
		this.references = references;
	}

	/** One reference: how it was written, what it names, the line it is on, whether it sits inside a link. */
	record Reference(CrossReference.Form form, String target, int line, boolean insideLink) {
	}

	/** Where a label leads. @param page the lesson's URL, empty for the lesson itself */
	public record Located(String page, Target target) {

		String href() {
			return page + "#" + target.anchor();
		}
	}

	/** What the references of a lesson can reach: the labels of its course, its lessons, its bibliography. */
	public interface Lookup {

		Optional<Located> label(String label);

		/** The title of the lesson at a URL the lesson's links resolved to. */
		Optional<String> pageTitle(String url);

		/** What the course's navigation calls the lesson at a URL, which may be shorter than its title. */
		default Optional<String> navigationTitle(String url) {
			return pageTitle(url);
		}

		/** The entry of the course's bibliography a citation key names. */
		Optional<Bibliography.Entry> citation(String key);

		/** The entries of the course's bibliography {@code which} says, in any order. */
		default List<Bibliography.Entry> bibliography(Listed which) {
			return List.of();
		}
	}

	@FunctionalInterface
	public interface Warnings {

		/** @param line the line the renderer gives, {@code bodyLine} plus the line within the body */
		void warning(int line, String key, Object... arguments);
	}

	/** Which entries of the course's bibliography a {@code {bibliography}} directive lists. */
	public enum Listed {
		/** Those some lesson of the course cites. */
		CITED,
		/** Every entry. */
		ALL,
		/** Those no lesson cites. */
		NOT_CITED
	}

	/** What a lesson rendered on its own can reach: its own labels. */
	public static Lookup within(List<Target> targets) {
		return new Lookup() {
			@Override
			public Optional<Located> label(String label) {
				return targets.stream().filter(target -> target.label().equals(label)).findFirst()
					.map(target -> new Located("", target));
			}

			@Override
			public Optional<String> pageTitle(String url) {
				return Optional.empty();
			}

			@Override
			public Optional<Bibliography.Entry> citation(String key) {
				return Optional.empty();
			}
		};
	}

	/** Gives each reference of the tree its markers; call once, after every reference is in the tree. */
	static CrossReferences collect(Node document, int bodyLine) {
		List<CrossReference> found = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomNode node) {
				if (node instanceof CrossReference reference) {
					found.add(reference);
				}
				visitChildren(node);
			}
		});
		if (found.isEmpty()) {
			return NONE;
		}
		String nonce = Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
		List<Reference> references = new ArrayList<>();
		for (CrossReference reference : found) {
			reference.marker = "lectern-xref-" + nonce + "-" + references.size();
			int line = LessonLine.of(reference, bodyLine);
			references.add(new Reference(reference.form, reference.target, line, insideLink(reference)));
		}
		return new CrossReferences(nonce, List.copyOf(references));
	}

	private static boolean insideLink(Node node) {
		for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof Link || parent instanceof CrossReference) {
				return true;
			}
		}
		return false;
	}

	public boolean isEmpty() {
		return references.isEmpty();
	}

	/**
	 * The keys the lesson may cite: those of its citations, and the words of its {@code @word}
	 * references, which cite when no label has that name.
	 */
	public List<String> citationKeys() {
		return references.stream()
			.filter(reference -> reference.form() == CrossReference.Form.CITE || reference.form() == CrossReference.Form.AT)
			.map(Reference::target)
			.distinct()
			.toList();
	}

	/**
	 * The lesson's HTML with every reference made a link or, when it leads nowhere, text; and, when
	 * it cites entries of the bibliography, the list of them at its end.
	 */
	public String resolve(String html, Lookup lookup, Warnings warnings) {
		if (references.isEmpty()) {
			return html;
		}
		Pattern pair = Pattern.compile("lectern-xref-" + nonce + "-(\\d+)-start(.*?)lectern-xref-" + nonce + "-\\1-end",
				Pattern.DOTALL);
		Resolution resolution = new Resolution(pair, lookup, warnings, html);
		String linked = resolution.apply(html);
		// A page with a {bibliography} of its own lists the entries there, the ones it cites among them.
		boolean listsItsOwn = references.stream().anyMatch(reference -> reference.form() == CrossReference.Form.BIBLIOGRAPHY);
		return resolution.texts.cited().isEmpty() || listsItsOwn ? linked : linked + ReferenceList.html(resolution.texts.cited());
	}

	private final class Resolution {

		private final Pattern pair;
		private final ReferenceTexts texts;
		private final String page;

		Resolution(Pattern pair, Lookup lookup, Warnings warnings, String page) {
			this.pair = pair;
			this.texts = new ReferenceTexts(lookup, warnings);
			this.page = page;
		}

		String apply(String html) {
			Matcher matcher = pair.matcher(html);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				Reference reference = references.get(Integer.parseInt(matcher.group(1)));
				String inner = apply(matcher.group(2));
				matcher.appendReplacement(out, Matcher.quoteReplacement(texts.html(reference, inner, page)));
			}
			matcher.appendTail(out);
			return out.toString();
		}
	}
}
