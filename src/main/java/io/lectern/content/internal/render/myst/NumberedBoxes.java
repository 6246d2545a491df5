package io.lectern.content.internal.render.myst;

import java.util.regex.Pattern;
import org.commonmark.node.Text;

/**
 * The numbered boxes of sphinx-exercise and sphinx-proof (an exercise, a theorem): a title that
 * reads "Exercise 2 (Factorial)", then the body. Their {@code :class: dropdown} folds the body
 * under the title, in a {@code <details>}; the box keeps the author's other classes.
 */
final class NumberedBoxes {

	private static final Pattern DROPDOWN = Pattern.compile("(^|\\s)dropdown(\\s|$)");

	private NumberedBoxes() {
	}

	/**
	 * Gives {@code box} its title and body; {@code name} names their classes ({@code exercise-title},
	 * {@code exercise-fold}).
	 *
	 * @return where the body went (the box, or the fold inside it), for what follows it: a proof's end mark
	 */
	static Element fill(LabelledElement box, Directive directive, Expansion expansion, String name) {
		String classes = directive.option("class");
		boolean dropdown = DROPDOWN.matcher(classes).find();
		box.withClasses(DROPDOWN.matcher(classes).replaceAll(" "));
		Element title = new Element(dropdown ? "summary" : "p", name + "-title");
		title.appendChild(new CaptionNumber(box, CaptionNumber.Style.TITLE, expansion.words));
		if (!directive.argument.isBlank()) {
			title.appendChild(new Text(" ("));
			expansion.appendTitle(title, directive);
			title.appendChild(new Text(")"));
		}
		Element body = dropdown ? new Element("details", name + "-fold") : box;
		if (dropdown) {
			box.appendChild(body);
		}
		body.appendChild(title);
		expansion.appendBody(body, directive);
		return body;
	}
}
