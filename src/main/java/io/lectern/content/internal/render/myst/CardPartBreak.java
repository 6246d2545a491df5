package io.lectern.content.internal.render.myst;

import java.util.regex.Pattern;
import org.commonmark.node.CustomNode;

/**
 * Where a card's header ends (a {@code ^^^} line) or its footer starts (a {@code +++} line), as
 * sphinx-design writes them: a mark among the card's body blocks, which the card splits its body at.
 */
final class CardPartBreak extends CustomNode {

	private static final Pattern HEADER_END = Pattern.compile("^\\^{3,}\\s*$");
	private static final Pattern FOOTER_START = Pattern.compile("^\\+{3,}\\s*$");

	/** Whether the footer starts here; else the header ends here. */
	final boolean footer;

	private CardPartBreak(boolean footer) {
		this.footer = footer;
	}

	/**
	 * Reads a card's body line by line, as the lesson is parsed: its breaks are the first {@code ^^^}
	 * before any footer, and the first {@code +++}.
	 */
	static final class Reading {

		private boolean headerEnded;
		private boolean footerStarted;

		/** Whether {@code line} breaks the card into parts; if so its mark is added to the card's blocks. */
		boolean take(CharSequence line, Directive card) {
			if (footerStarted) {
				return false;
			}
			if (!headerEnded && HEADER_END.matcher(line).matches()) {
				headerEnded = true;
				card.appendChild(new CardPartBreak(false));
				return true;
			}
			if (FOOTER_START.matcher(line).matches()) {
				footerStarted = true;
				card.appendChild(new CardPartBreak(true));
				return true;
			}
			return false;
		}
	}
}
