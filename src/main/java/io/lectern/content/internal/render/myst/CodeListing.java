package io.lectern.content.internal.render.myst;

import java.util.Set;
import org.commonmark.node.FencedCodeBlock;

/**
 * A code block from {@code code-block} and its kin. It stays a fenced code block, so search and
 * reading time count it as they count any code, and renders with line numbers and emphasized
 * lines in a gutter beside the code, which leaves the code element to the highlighter.
 */
final class CodeListing extends FencedCodeBlock {

	final boolean lineNumbers;
	final int firstLine;
	final Set<Integer> emphasized;

	CodeListing(String language, String code, boolean lineNumbers, int firstLine, Set<Integer> emphasized) {
		setInfo(language);
		setLiteral(code.endsWith("\n") || code.isEmpty() ? code : code + "\n");
		setFenceChar('`');
		setFenceLength(3);
		this.lineNumbers = lineNumbers;
		this.firstLine = firstLine;
		this.emphasized = emphasized;
	}
}
