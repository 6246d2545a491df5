package io.lectern.certificates.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.certificates.internal.pages.CertificateView;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Names in the scripts the interface ships in print as written: joined and right to left in
 * Arabic, in kanji and kana in Japanese; each in an embedded font, and only the fonts needed.
 */
class CertificatePdfScriptsTest {

	private final CertificatePdf pdf = new CertificatePdf();

	@Test
	void aLatinNameIsDrawnInOneFontOnly() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.draw(certificate("Zoë Ångström", "Key basics")))) {
			assertThat(text(document)).contains("Zoë Ångström", "Key basics");
			assertThat(fontNames(document)).singleElement().asString().endsWith("LiberationSans");
		}
	}

	@Test
	void aJapaneseNameAndCourseArePrintedInKanjiAndKana() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.draw(certificate("山田 花子", "クラウドの基礎")))) {
			assertThat(text(document)).contains("山田 花子", "クラウドの基礎").doesNotContain("?");
			assertThat(fontNames(document)).anySatisfy(name -> assertThat(name).endsWith("DroidSansFallback"));
			assertEmbedded(document);
		}
	}

	@Test
	void anArabicNameIsJoinedAndReadRightToLeft() throws IOException {
		PrintedLine line = PrintedLine.of("ليلى", new FontChain(new PDDocument()));
		String drawn = line.runs().get(0).text();

		// Drawn left to right, the last letter (alef maksura, in its final form) comes first and
		// the first letter (lam, in its initial form) last: joined forms, not the bare letters.
		assertThat(drawn.codePointAt(0)).isEqualTo(0xFEF0);
		assertThat(drawn.codePointAt(drawn.length() - 1)).isEqualTo(0xFEDF);
		try (PDDocument document = Loader.loadPDF(pdf.draw(certificate("ليلى حسن", "أساسيات الأمن")))) {
			assertThat(fontNames(document)).anySatisfy(name -> assertThat(name).endsWith("NotoSansArabic-Regular"));
			assertThat(text(document)).doesNotContain("?");
			assertEmbedded(document);
		}
	}

	@Test
	void aCharacterNoFontHasIsPrintedAsAQuestionMark() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.draw(certificate("Ana \uD83C\uDF93 Lima", "Key basics")))) {
			assertThat(text(document)).contains("Ana ? Lima");
		}
	}

	private static CertificateView certificate(String name, String course) {
		return new CertificateView("AAAAAAAAAAAAAAAAAAAAAA", "/certificates/AAAAAAAAAAAAAAAAAAAAAA",
				"https://learn.example.org/certificates/AAAAAAAAAAAAAAAAAAAAAA", name, course, "/courses/key-basics",
				"9a8056500076", Instant.parse("2026-11-30T10:15:00Z"), "Lectern", true, false, Optional.empty(),
				Optional.empty());
	}

	private static String text(PDDocument document) throws IOException {
		return new PDFTextStripper().getText(document);
	}

	private static List<String> fontNames(PDDocument document) throws IOException {
		PDResources resources = document.getPage(0).getResources();
		List<String> names = new ArrayList<>();
		for (COSName name : resources.getFontNames()) {
			names.add(resources.getFont(name).getName());
		}
		return names;
	}

	private static void assertEmbedded(PDDocument document) throws IOException {
		PDResources resources = document.getPage(0).getResources();
		for (COSName name : resources.getFontNames()) {
			assertThat(resources.getFont(name).isEmbedded()).as(name.getName()).isTrue();
		}
	}
}
