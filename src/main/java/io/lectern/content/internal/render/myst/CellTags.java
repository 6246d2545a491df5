package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.ContentWords;
import java.util.function.Predicate;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.springframework.web.util.HtmlUtils;

/**
 * What Jupyter Book's cell tags do to a code cell, one vocabulary for a notebook's cells and a
 * MyST Markdown notebook's {@code {code-cell}} blocks: {@code remove-cell} leaves the cell out,
 * {@code remove-input} (and TeachBooks' {@code thebe-remove-input-init}, which the built book hides
 * until live code starts) its code, {@code hide-input} folds its code behind "Show code", in the course's language.
 */
public final class CellTags {

	/**
	 * How a notebook's folded code opens in the Markdown written from it, before its course's
	 * language is known: the summary is put in that language when the lesson renders.
	 */
	public static final String FOLDED_CODE = "<details class=\"notebook-hidden-input\">\n<summary>Show code</summary>";

	private CellTags() {
	}

	/** @param tagged whether the cell carries a tag */
	public static boolean removesCell(Predicate<String> tagged) {
		return tagged.test("remove-cell");
	}

	public static boolean removesInput(Predicate<String> tagged) {
		return tagged.test("remove-input") || tagged.test("thebe-remove-input-init");
	}

	public static boolean hidesInput(Predicate<String> tagged) {
		return tagged.test("hide-input");
	}

	/** The summary of a folded cell's code, "Show code" in the course's language. */
	static String showCode(ContentWords words) {
		return words.word("cell.showCode");
	}

	/** Puts the summaries of a notebook's folded code in the course's language. */
	public static void sayShowCode(Node document, ContentWords words) {
		String said = FOLDED_CODE.replace("Show code", HtmlUtils.htmlEscape(showCode(words)));
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(HtmlBlock block) {
				if (block.getLiteral().startsWith(FOLDED_CODE)) {
					block.setLiteral(said + block.getLiteral().substring(FOLDED_CODE.length()));
				}
			}
		});
	}
}
