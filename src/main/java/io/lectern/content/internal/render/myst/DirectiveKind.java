package io.lectern.content.internal.render.myst;

import java.util.Map;
import org.commonmark.node.Node;

/**
 * What one directive name means: the block it becomes, or null for one that shows nothing; and how
 * the lesson's parser reads it, so that its body and title are parsed with the rest of the lesson.
 */
@FunctionalInterface
interface DirectiveKind {

	Node build(Directive directive, Expansion expansion);

	/** How the lesson's parser reads the body: as Markdown blocks (the default) or as lines the kind reads itself. */
	default Body body() {
		return Body.MARKDOWN;
	}

	/** Whether the argument is a title written in Markdown, which the lesson's parser reads with the lesson. */
	default boolean titled() {
		return false;
	}

	/** How a directive's body is read while the lesson is parsed. */
	enum Body {
		/** Markdown blocks, which become the directive's children. */
		MARKDOWN,
		/** Markdown blocks, with sphinx-design's {@code ^^^} and {@code +++} lines marking off a header and a footer. */
		PARTS,
		/** Lines kept as written (code, TeX, CSV, a glossary's own layout), or none the kind reads. */
		VERBATIM
	}

	/** {@code kind}, its argument read as a title and its body as Markdown. */
	static DirectiveKind titled(DirectiveKind kind) {
		return read(kind, Body.MARKDOWN, true);
	}

	/** {@code kind}, its body kept as lines. */
	static DirectiveKind verbatim(DirectiveKind kind) {
		return read(kind, Body.VERBATIM, false);
	}

	static DirectiveKind read(DirectiveKind kind, Body body, boolean titled) {
		return new DirectiveKind() {
			@Override
			public Node build(Directive directive, Expansion expansion) {
				return kind.build(directive, expansion);
			}

			@Override
			public Body body() {
				return body;
			}

			@Override
			public boolean titled() {
				return titled;
			}
		};
	}

	/** Directive kinds register under every name they answer to. */
	@FunctionalInterface
	interface Family {

		void register(Map<String, DirectiveKind> kinds);
	}
}
