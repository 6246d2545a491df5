package io.lectern.certificates.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts one certificate is drawn with: Liberation Sans (which PDFBox ships) first, then the
 * fonts under {@code certificates/fonts/} for the scripts it lacks. Each is embedded as the subset
 * used, and read only when a character needs it: a certificate in Latin script never reads the
 * 3 MB font for Japanese. One chain per document, since PDFBox ties a font to its document.
 */
final class FontChain {

	private static final List<String> FILES = List.of(
			"/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf",
			"/certificates/fonts/NotoSansArabic-Regular.ttf",
			"/certificates/fonts/NotoSansHebrew-Regular.ttf",
			"/certificates/fonts/DroidSansFallback.ttf");

	private final PDDocument document;

	private final List<PDType0Font> loaded = new ArrayList<>();

	FontChain(PDDocument document) {
		this.document = document;
	}

	/** The first font of the chain that has a glyph for the character, if any has. */
	Optional<PDType0Font> fontFor(int codePoint) {
		for (int index = 0; index < FILES.size(); index++) {
			PDType0Font font = font(index);
			if (draws(font, codePoint)) {
				return Optional.of(font);
			}
		}
		return Optional.empty();
	}

	/** The chain's first font, which also draws the stand-in for a character no font has. */
	PDType0Font first() {
		return font(0);
	}

	private PDType0Font font(int index) {
		while (loaded.size() <= index) {
			loaded.add(load(FILES.get(loaded.size())));
		}
		return loaded.get(index);
	}

	private PDType0Font load(String file) {
		try (InputStream bytes = FontChain.class.getResourceAsStream(file)) {
			if (bytes == null) {
				throw new IllegalStateException("A certificate font is missing from the class path: " + file);
			}
			return PDType0Font.load(document, bytes, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the certificate font " + file, ex);
		}
	}

	/** A character the font's cmap maps to a real glyph (glyph 0 is the empty box, .notdef). */
	private static boolean draws(PDType0Font font, int codePoint) {
		CmapLookup cmap = font.getCmapLookup();
		return cmap != null && cmap.getGlyphId(codePoint) > 0;
	}
}
