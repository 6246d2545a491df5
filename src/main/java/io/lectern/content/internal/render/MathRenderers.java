package io.lectern.content.internal.render;

import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Write a formula's place; {@link MathSlots} puts the formula there once the lesson is sanitized. */
final class MathRenderers {

	private MathRenderers() {
	}

	static final class Inline extends BlockRenderer<InlineMath> {

		Inline(HtmlNodeRendererContext context) {
			super(context, InlineMath.class);
		}

		@Override
		protected void render(InlineMath formula, HtmlWriter html) {
			html.text(formula.slot);
		}
	}

	static final class Display extends BlockRenderer<DisplayMath> {

		Display(HtmlNodeRendererContext context) {
			super(context, DisplayMath.class);
		}

		@Override
		protected void render(DisplayMath equation, HtmlWriter html) {
			html.line();
			html.text(equation.slot);
			html.line();
		}
	}
}
