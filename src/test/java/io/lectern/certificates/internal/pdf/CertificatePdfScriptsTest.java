package io.lectern.certificates.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.certificates.internal.pages.CertificateView;
import io.lectern.i18n.InterfaceMessages;
import io.lectern.i18n.LocalFormats;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Names in the scripts the interface ships in print as written, and the PDF's own words in the
 * reader's language: joined and right to left in
 * Arabic, in kanji and kana in Japanese; each in an embedded font, and only the fonts needed.
 */
class CertificatePdfScriptsTest {

	private final CertificatePdf pdf = new CertificatePdf();

	private final InterfaceMessages messages = new InterfaceMessages();

	@Test
	void aLatinNameIsDrawnInOneFontOnly() throws IOException {
		try (PDDocument document = Loader.loadPDF(draw(certificate("Zoë Ångström", "Key basics"), Locale.ENGLISH))) {
			assertThat(text(document)).contains("CERTIFICATE OF COMPLETION", "Zoë Ångström", "has completed the course",
					"Key basics", "on 30 November 2026", "Check it at https://learn.example.org/certificates/");
			assertThat(fontNames(document)).singleElement().asString().endsWith("LiberationSans");
		}
	}

	@Test
	void aJapaneseNameAndCourseArePrintedInKanjiAndKana() throws IOException {
		try (PDDocument document = Loader.loadPDF(draw(certificate("山田 花子", "クラウドの基礎"), Locale.JAPANESE))) {
			assertThat(text(document)).contains("修了証", "山田 花子", "クラウドの基礎", "2026年11月30日").doesNotContain("?");
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
		try (PDDocument document = Loader.loadPDF(draw(certificate("ليلى حسن", "أساسيات الأمن"), Locale.forLanguageTag("ar")))) {
			assertThat(fontNames(document)).anySatisfy(name -> assertThat(name).endsWith("NotoSansArabic-Regular"));
			assertThat(text(document)).doesNotContain("?");
			assertEmbedded(document);
		}
	}

	@Test
	void aCharacterNoFontHasIsPrintedAsAQuestionMark() throws IOException {
		try (PDDocument document = Loader.loadPDF(draw(certificate("Ana \uD83C\uDF93 Lima", "Key basics"), Locale.ENGLISH))) {
			assertThat(text(document)).contains("Ana ? Lima");
		}
	}

	@Test
	void theWordsAreInTheReadersLanguageAndTheNameAndCourseAsWritten() throws IOException {
		try (PDDocument document = Loader.loadPDF(draw(certificate("Zoë Ångström", "Key basics"), Locale.GERMAN))) {
			assertThat(text(document)).contains("ABSCHLUSSZERTIFIKAT", "hat den Kurs abgeschlossen", "Key basics",
					"am 30. November 2026", "Prüfen unter https://learn.example.org/certificates/");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Zertifikat: Key basics");
		}
	}

	private byte[] draw(CertificateView certificate, Locale locale) {
		LocaleContextHolder.setLocale(locale);
		try {
			return pdf.draw(certificate, PdfWording.of(certificate, messages, locale, new LocalFormats()));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
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
