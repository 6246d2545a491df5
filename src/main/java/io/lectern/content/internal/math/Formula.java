package io.lectern.content.internal.math;

import java.util.Optional;
import org.springframework.web.util.HtmlUtils;

/**
 * A TeX formula as a page shows it: MathML that passed {@link MathMlPolicy}, or, when the TeX does
 * not parse, the reason, and the source shown as it was written in a marked box.
 *
 * @param mathMl the {@code <math>} element, empty when the formula failed
 * @param error why the TeX did not parse, empty when it rendered
 */
public record Formula(String tex, boolean display, String mathMl, Optional<String> error) {

	static Formula rendered(String tex, boolean display, String mathMl) {
		return new Formula(tex, display, mathMl, Optional.empty());
	}

	static Formula failed(String tex, boolean display, String error) {
		return new Formula(tex, display, "", Optional.of(error));
	}

	public boolean ok() {
		return error.isEmpty();
	}

	/** The HTML to put in the page: the MathML, or the source in a {@code <code class="math-error">} box. */
	public String html() {
		if (ok()) {
			return mathMl;
		}
		return "<code class=\"math-error\" title=\"" + HtmlUtils.htmlEscape(error.get()) + "\">"
				+ HtmlUtils.htmlEscape(tex) + "</code>";
	}
}
