package io.lectern.certificates.internal.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A line of a certificate as it is drawn: in visual order, left to right, split into runs of one
 * font each. PDFBox places glyphs as given and neither joins Arabic letters nor reverses
 * right-to-left text, so both are done here with ICU: letters are replaced by their joined
 * presentation forms, then the line is reordered by the Unicode bidirectional algorithm (a name in
 * Arabic reads right to left, the digits of a date inside it left to right). A character no font
 * has is drawn as a question mark.
 */
record PrintedLine(List<Run> runs) {

	/** Text drawn in one font. */
	record Run(PDType0Font font, String text) {

		float width(float size) throws IOException {
			return font.getStringWidth(text) / 1000 * size;
		}
	}

	static PrintedLine of(String logical, FontChain fonts) {
		List<Run> runs = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		PDType0Font current = null;
		for (int codePoint : visual(logical).codePoints().toArray()) {
			PDType0Font font = fonts.fontFor(codePoint).orElse(null);
			String character = font == null ? "?" : Character.toString(codePoint);
			font = font == null ? fonts.first() : font;
			if (font != current && current != null) {
				runs.add(new Run(current, text.toString()));
				text.setLength(0);
			}
			current = font;
			text.append(character);
		}
		if (current != null) {
			runs.add(new Run(current, text.toString()));
		}
		return new PrintedLine(List.copyOf(runs));
	}

	float width(float size) throws IOException {
		float width = 0;
		for (Run run : runs) {
			width += run.width(size);
		}
		return width;
	}

	private static String visual(String logical) {
		String shaped;
		try {
			shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
		}
		catch (ArabicShapingException notShapeable) {
			shaped = logical;
		}
		Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
		return bidi.isLeftToRight() ? shaped : bidi.writeReordered(Bidi.DO_MIRRORING);
	}
}
