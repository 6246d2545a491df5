package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.ContentWords;
import io.lectern.content.internal.render.LinkResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * What the directives of one lesson share while they are given their meaning: the Markdown parser
 * for what the lesson's own parse left as text, the lesson's links, and the exercises solutions
 * point at.
 */
final class Expansion {

	private static final int DEEPEST_INCLUDE = 8;

	private final Function<String, Node> parser;
	final LinkResolver links;
	/** The words directives write into the lesson ("Note", "Solution"), in the course's language. */
	final ContentWords words;
	private final int bodyLine;
	/** The language of {@code {code-cell}} blocks that name none: the notebook kernel's, or empty. */
	final String cellLanguage;
	private final Map<String, LabelledElement> exercises = new HashMap<>();
	private int includes;

	Expansion(Function<String, Node> parser, LinkResolver links, int bodyLine, ContentWords words, String cellLanguage) {
		this.parser = parser;
		this.links = links;
		this.words = words;
		this.bodyLine = bodyLine;
		this.cellLanguage = cellLanguage;
	}

	/** The line of the lesson body a 0-based line of the parsed text is, as the link resolver counts lines. */
	int lineOf(int line) {
		return bodyLine + line;
	}

	void warn(Directive directive, String key, Object... arguments) {
		links.warning(lineOf(directive.line()), key, arguments);
	}

	/** Parses {@code markdown}, written from 0-based {@code line} on, and appends its blocks to {@code parent}. */
	void appendBlocks(Node parent, String markdown, int line) {
		Node document = parser.apply(markdown);
		shift(document, line);
		Directives.expand(document, this);
		moveChildren(document, parent);
	}

	/** Parses one line of Markdown (a title, a caption) and appends its inlines to {@code parent}. */
	void appendInlines(Node parent, String text, int line) {
		Node document = parser.apply(text.strip());
		shift(document, line);
		if (document.getFirstChild() instanceof Paragraph paragraph && paragraph.getNext() == null) {
			moveChildren(paragraph, parent);
		}
		else if (!text.isBlank()) {
			parent.appendChild(new Text(text.strip()));
		}
	}

	/** The body of a directive, and for a gated one what stood between its start and its end. */
	void appendBody(Node parent, Directive directive) {
		moveChildren(body(directive), parent);
	}

	/**
	 * The blocks of a directive's body, the directives in them given their meaning: the ones the
	 * lesson's parser read, or for a body it kept as lines, those lines parsed now.
	 */
	Fragment body(Directive directive) {
		Fragment body = new Fragment();
		if (directive.hasParsedBody()) {
			moveChildren(directive, body);
			Directives.expand(body, this);
		}
		else {
			appendBlocks(body, directive.body(), directive.bodyLine());
		}
		moveChildren(directive.gathered(), body);
		return body;
	}

	/** The directive's argument as a title: the inlines the lesson's parser read, else the argument parsed now. */
	void appendTitle(Node parent, Directive directive) {
		if (directive.parsedTitle() != null) {
			moveChildren(directive.parsedTitle(), parent);
		}
		else {
			appendInlines(parent, directive.argument, directive.line());
		}
	}

	void addExercise(LabelledElement exercise) {
		exercise.label().ifPresent(label -> exercises.putIfAbsent(label, exercise));
	}

	LabelledElement exercise(String label) {
		return exercises.get(label);
	}

	/** Counts nested includes, so that a file including itself stops instead of looping. */
	boolean enterInclude() {
		if (includes >= DEEPEST_INCLUDE) {
			return false;
		}
		includes++;
		return true;
	}

	void leaveInclude() {
		includes--;
	}

	static void moveChildren(Node from, Node to) {
		for (Node child = from.getFirstChild(); child != null;) {
			Node next = child.getNext();
			to.appendChild(child);
			child = next;
		}
	}

	/** Moves the source positions of a parsed body to where the body sits in the lesson. */
	private static void shift(Node node, int lines) {
		if (lines != 0 && !node.getSourceSpans().isEmpty()) {
			List<SourceSpan> moved = new ArrayList<>();
			for (SourceSpan span : node.getSourceSpans()) {
				moved.add(SourceSpan.of(span.getLineIndex() + lines, span.getColumnIndex(), span.getLength()));
			}
			node.setSourceSpans(moved);
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			shift(child, lines);
		}
	}
}
