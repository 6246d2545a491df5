package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import java.util.Optional;

/** A directive's element that references can name and that takes a number of its kind. */
class LabelledElement extends Element implements Labelled {

	private final Kind kind;
	private final String label;
	private boolean numbered;
	private final String title;
	private String anchor = "";
	private String number = "";
	private String enumerator = "";

	LabelledElement(String tag, String cssClass, Kind kind, String label, boolean numbered, String title) {
		super(tag, cssClass);
		this.kind = kind;
		this.label = label.strip();
		this.numbered = numbered;
		this.title = title.strip();
	}

	@Override
	public Optional<String> label() {
		return label.isEmpty() ? Optional.empty() : Optional.of(label);
	}

	/**
	 * Gives the block the number its directive's {@code :enumerator:} (or {@code :number:}) option
	 * writes, if any; and no place in the count when the directive says {@code :enumerated: false}.
	 */
	LabelledElement numberedAs(Directive directive) {
		enumerator = directive.enumerator();
		numbered &= directive.enumerated();
		return this;
	}

	@Override
	public Optional<String> enumerator() {
		return enumerator.isEmpty() ? Optional.empty() : Optional.of(enumerator);
	}

	@Override
	public Kind kind() {
		return kind;
	}

	@Override
	public boolean numbered() {
		return numbered;
	}

	@Override
	public String title() {
		return title;
	}

	@Override
	public void assign(String anchor, String number) {
		this.anchor = anchor == null ? "" : anchor;
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
