package io.lectern.content.internal.render.myst;

import io.lectern.authoring.YamlMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * mystmd's {@code abbreviations} from a page's front matter over its project's ({@code myst.yml}):
 * every time one is written in the page's text it becomes an {@code <abbr>} with its meaning as the
 * title, as if written with the {@code {abbr}} role. As mystmd documents them: case-sensitive,
 * whole words, at least two characters, the longest first (so {@code RHR} wins over {@code HR});
 * not inside links, cross-references, code or an {@code {abbr}} role; a page's {@code HR: null}
 * takes away the project's {@code HR}; and {@code firstTimeLong: true} writes the first of each on
 * a page out in full, "Resting Heart Rate (RHR)".
 */
public final class Abbreviations {

	public static final Abbreviations NONE = new Abbreviations(Map.of(), Optional.empty());

	/** The reserved key that asks for the first use of each to be written out; not an abbreviation. */
	private static final String FIRST_TIME_LONG = "firstTimeLong";

	/** Each abbreviation and its meaning; an empty meaning takes away the one the project gives. */
	private final Map<String, Optional<String>> written;

	private final Optional<Boolean> firstTimeLong;

	private Abbreviations(Map<String, Optional<String>> written, Optional<Boolean> firstTimeLong) {
		this.written = written;
		this.firstTimeLong = firstTimeLong;
	}

	/**
	 * As front matter writes them.
	 *
	 * @param written each abbreviation and its meaning, a meaning of {@code null} taking one away;
	 *     {@code firstTimeLong} among them is the flag, {@code true} or {@code false}
	 */
	public static Abbreviations of(Map<String, String> written) {
		Map<String, Optional<String>> meanings = new LinkedHashMap<>();
		Optional<Boolean> firstTimeLong = Optional.empty();
		for (Map.Entry<String, String> entry : written.entrySet()) {
			if (entry.getKey().equals(FIRST_TIME_LONG)) {
				firstTimeLong = Optional.ofNullable(entry.getValue()).map(value -> value.strip().equalsIgnoreCase("true"));
			}
			else if (entry.getKey().strip().length() >= 2) {
				meanings.put(entry.getKey().strip(), Optional.ofNullable(entry.getValue()).map(String::strip)
					.filter(meaning -> !meaning.isEmpty()));
			}
		}
		return meanings.isEmpty() && firstTimeLong.isEmpty() ? NONE : new Abbreviations(Map.copyOf(meanings), firstTimeLong);
	}

	/**
	 * The {@code abbreviations:} of a page's front matter or of a {@code myst.yml} project, as mystmd
	 * writes them: each abbreviation and what it stands for, {@code null} to take one away that the
	 * project gives, and the {@code firstTimeLong} flag.
	 */
	public static Abbreviations read(YamlMap frontMatter) {
		return frontMatter.map("abbreviations").map(Abbreviations::written).orElse(NONE);
	}

	private static Abbreviations written(YamlMap written) {
		Map<String, String> meanings = new LinkedHashMap<>();
		for (String abbreviation : written.keys()) {
			org.yaml.snakeyaml.nodes.Node value = written.value(abbreviation).orElseThrow();
			boolean takenAway = value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
			meanings.put(abbreviation, takenAway ? null : written.scalar(value, abbreviation).orElse(null));
		}
		return of(meanings);
	}

	/** A page's abbreviations over these, its project's: the page's win, and its {@code null}s take the project's away. */
	public Abbreviations under(Abbreviations page) {
		if (page == NONE) {
			return this;
		}
		Map<String, Optional<String>> merged = new LinkedHashMap<>(written);
		merged.putAll(page.written);
		return new Abbreviations(Map.copyOf(merged), page.firstTimeLong.or(() -> firstTimeLong));
	}

	/** Marks up every abbreviation in the page's text. */
	public void apply(Node document) {
		Map<String, String> meanings = written.entrySet().stream()
			.filter(entry -> entry.getValue().isPresent())
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()));
		boolean firstInFull = firstTimeLong.orElse(false);
		if (meanings.isEmpty() && !firstInFull) {
			return;
		}
		// Longest first, so that an abbreviation holding a shorter one is found whole; with none
		// listed, a pattern that finds nothing, as the roles' first uses may still be written out.
		String alternatives = meanings.isEmpty() ? "(?!)" : meanings.keySet().stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		Pattern words = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])");
		new Marking(meanings, words, firstInFull).mark(document);
	}

	private static final class Marking extends AbstractVisitor {

		private final Map<String, String> meanings;
		private final Pattern words;
		private final boolean firstTimeLong;
		private final Set<String> writtenOut = new HashSet<>();

		Marking(Map<String, String> meanings, Pattern words, boolean firstTimeLong) {
			this.meanings = meanings;
			this.words = words;
			this.firstTimeLong = firstTimeLong;
		}

		void mark(Node document) {
			document.accept(this);
		}

		@Override
		public void visit(Text text) {
			Matcher found = words.matcher(text.getLiteral());
			if (!found.find()) {
				return;
			}
			String literal = text.getLiteral();
			int from = 0;
			do {
				if (found.start() > from) {
					text.insertBefore(new Text(literal.substring(from, found.start())));
				}
				String abbreviation = found.group();
				InlineMarkup marked = new InlineMarkup("abbr", meanings.get(abbreviation));
				marked.appendChild(new Text(abbreviation));
				text.insertBefore(marked);
				writeOutTheFirst(marked);
				from = found.end();
			}
			while (found.find());
			if (from < literal.length()) {
				text.insertBefore(new Text(literal.substring(from)));
			}
			text.unlink();
		}

		// Not inside what the author wrote as a link, code or markup of its own.

		@Override
		public void visit(Link link) {
		}

		@Override
		public void visit(Image image) {
		}

		@Override
		public void visit(Code code) {
		}

		@Override
		public void visit(HtmlInline html) {
		}

		@Override
		public void visit(CustomNode node) {
			if (node instanceof InlineMarkup markup && markup.element.equals("abbr")) {
				written(markup);
			}
			else if (!(node instanceof CrossReference || node instanceof ExerciseReference)) {
				visitChildren(node);
			}
		}

		/**
		 * An {@code {abbr}} role as the author wrote it: its text stays, it takes its meaning from the
		 * list when it gives none, and it counts as a first use like any other.
		 */
		private void written(InlineMarkup role) {
			if (role.attributes.containsKey("title")) {
				writeOutTheFirst(role);
				return;
			}
			StringBuilder shown = new StringBuilder();
			for (Node child = role.getFirstChild(); child != null; child = child.getNext()) {
				if (!(child instanceof Text words)) {
					return;
				}
				shown.append(words.getLiteral());
			}
			String meaning = meanings.get(shown.toString().strip());
			if (meaning != null) {
				InlineMarkup explained = new InlineMarkup("abbr", meaning);
				while (role.getFirstChild() != null) {
					explained.appendChild(role.getFirstChild());
				}
				role.insertBefore(explained);
				role.unlink();
				writeOutTheFirst(explained);
			}
		}

		/**
		 * With {@code firstTimeLong}, the first abbreviation on the page for each meaning reads
		 * "Resting Heart Rate (RHR)", inside the {@code <abbr>}, as mystmd writes it.
		 */
		private void writeOutTheFirst(InlineMarkup abbreviation) {
			String meaning = abbreviation.attributes.get("title");
			if (firstTimeLong && meaning != null && writtenOut.add(meaning) && abbreviation.getFirstChild() != null) {
				abbreviation.prependChild(new Text(meaning + " ("));
				abbreviation.appendChild(new Text(")"));
			}
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Abbreviations that && written.equals(that.written) && firstTimeLong.equals(that.firstTimeLong);
	}

	@Override
	public int hashCode() {
		return written.hashCode() * 31 + firstTimeLong.hashCode();
	}
}
