package io.lectern.content.internal.render;

import io.lectern.content.internal.math.FormulaMacros;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.SourceSpan;

/**
 * A formula on its own lines: {@code $$...$$} (with an optional {@code (label)} after the closing
 * dollars) or an amsmath environment such as {@code \begin{align}...\end{align}}. As mystmd does,
 * every one is numbered, except the starred environments and formulas marked {@code \notag},
 * {@code \nonumber} or given their own {@code \tag}. A {@code \label{...}} inside is taken out and
 * becomes the equation's label. A formula that only defines macros for the page is not numbered
 * (nor shown). A {@code subequations} environment is a group: it takes the equation number and
 * holds its equations as children, each a subequation lettered after it (see {@link Subequations}).
 */
public final class DisplayMath extends CustomBlock implements Labelled {

	private static final Pattern LABEL = Pattern.compile("\\\\label\\{([^{}]*)}");
	private static final Pattern NO_NUMBER = Pattern.compile("\\\\(notag|nonumber)(?![A-Za-z])");
	private static final Pattern STARRED = Pattern.compile("^\\s*\\\\begin\\{[a-z]+\\*}");
	private static final Pattern TAG = Pattern.compile("\\\\tag\\*?\\{");

	private String tex = "";
	private Optional<String> label = Optional.empty();
	private boolean numbered;
	private boolean definesOnly;
	private String anchor = "";
	private String number = "";
	private Optional<String> enumerator = Optional.empty();
	private boolean group;
	private DisplayMath of;

	/** Where the rendered formula goes, set by {@link MathSlots}. */
	String slot = "";

	/** MyST's {@code math} directive: its body and {@code :label:}, numbered and typeset as {@code $$} formulas are. */
	public static DisplayMath of(String source, Optional<String> label) {
		DisplayMath math = new DisplayMath();
		math.define(source, label);
		return math;
	}

	/**
	 * Sets the formula once its last line is read (or, for MyST's {@code math} directive, once its
	 * body and {@code :label:} are known: the node is then numbered and typeset as {@code $$} ones are).
	 *
	 * @param label the {@code (label)} written after {@code $$}, which wins over a {@code \label} inside
	 */
	void define(String source, Optional<String> label) {
		Optional<Subequations> subequations = Subequations.read(source);
		if (subequations.isPresent()) {
			group(subequations.get(), label);
			return;
		}
		Matcher inner = LABEL.matcher(source);
		String withoutLabel = inner.replaceAll("");
		inner.reset();
		Optional<String> labelInside = inner.find() ? Optional.of(inner.group(1).strip()) : Optional.empty();
		this.label = label.or(() -> labelInside).filter(text -> !text.isEmpty());
		this.definesOnly = FormulaMacros.onlyDefines(source);
		this.numbered = !STARRED.matcher(source).find() && !NO_NUMBER.matcher(source).find()
				&& !TAG.matcher(source).find() && !definesOnly;
		this.tex = NO_NUMBER.matcher(withoutLabel).replaceAll("").strip();
	}

	private void group(Subequations subequations, Optional<String> label) {
		this.group = true;
		this.numbered = true;
		this.label = label.or(subequations::label);
		for (Subequations.Part part : subequations.parts()) {
			DisplayMath subequation = new DisplayMath();
			subequation.of = this;
			subequation.tex = part.tex();
			subequation.label = part.label();
			subequation.numbered = part.numbered();
			if (!getSourceSpans().isEmpty()) {
				SourceSpan first = getSourceSpans().get(0);
				subequation.setSourceSpans(List.of(SourceSpan.of(first.getLineIndex() + part.lineOffset(), 0, 0, 0)));
			}
			appendChild(subequation);
		}
	}

	/**
	 * Gives the equation the number MyST's {@code math} directive writes in its {@code :enumerator:}
	 * option, if any: shown instead of a count.
	 */
	public DisplayMath numberedAs(String written) {
		enumerator = Optional.of(written.strip()).filter(text -> !text.isEmpty());
		return this;
	}

	/** Leaves the equation out of the count, as the {@code math} directive's {@code :enumerated: false} asks. */
	public DisplayMath unnumbered() {
		numbered = false;
		return this;
	}

	@Override
	public Optional<String> enumerator() {
		return enumerator;
	}

	/** Whether this is a {@code subequations} group, whose equations are its children. */
	boolean isGroup() {
		return group;
	}

	/** Whether the formula only defines macros for the page, and so shows nothing. */
	boolean definesOnly() {
		return definesOnly;
	}

	/** The TeX to render: without its label and numbering marks. */
	String tex() {
		return tex;
	}

	@Override
	public Optional<String> label() {
		return label;
	}

	@Override
	public Kind kind() {
		return of == null ? Kind.EQUATION : Kind.SUBEQUATION;
	}

	/** A subequation takes a letter only after a group that took a number. */
	@Override
	public boolean numbered() {
		return numbered && (of == null || !of.number.isEmpty());
	}

	@Override
	public String title() {
		return number.isEmpty() ? "" : "(" + number + ")";
	}

	@Override
	public void assign(String anchor, String number) {
		this.anchor = anchor;
		this.number = number;
	}

	@Override
	public String anchor() {
		return anchor;
	}

	@Override
	public String number() {
		return number;
	}
}
