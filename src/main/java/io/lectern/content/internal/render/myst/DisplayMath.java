package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A {@code math} directive: display TeX, numbered when it has a label. It renders its TeX source
 * in a {@code <code>} inside {@code <div class="math-display">}; the TeX to MathML engine takes
 * over here by rendering {@link #tex()} instead.
 */
public final class DisplayMath extends CustomBlock implements Labelled {

	private final String tex;
	private final String label;
	private String anchor = "";
	private int number;

	DisplayMath(String tex, String label) {
		this.tex = tex;
		this.label = label.strip();
	}

	public String tex() {
		return tex;
	}

	@Override
	public Optional<String> label() {
		return label.isEmpty() ? Optional.empty() : Optional.of(label);
	}

	@Override
	public Kind kind() {
		return Kind.EQUATION;
	}

	@Override
	public boolean numbered() {
		return !label.isEmpty();
	}

	@Override
	public String title() {
		return "";
	}

	@Override
	public void assign(String anchor, int number) {
		this.anchor = anchor == null ? "" : anchor;
		this.number = number;
	}

	@Override
	public String anchor() {
		return anchor;
	}

	@Override
	public int number() {
		return number;
	}
}
