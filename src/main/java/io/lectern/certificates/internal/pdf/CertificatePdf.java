package io.lectern.certificates.internal.pdf;

import io.lectern.certificates.internal.pages.CertificateView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * A certificate as a one-page landscape A4 PDF, drawn with Apache PDFBox. The text is set in
 * Liberation Sans, the font PDFBox ships, embedded (as the subset used) so the file looks the
 * same everywhere; a character the font lacks is printed as a question mark rather than failing.
 */
@Component
public class CertificatePdf {

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final float MARGIN = 48;

	public byte[] draw(CertificateView certificate) {
		try (PDDocument document = new PDDocument(); InputStream fontFile = CertificatePdf.class.getResourceAsStream(FONT)) {
			PDType0Font font = PDType0Font.load(document, fontFile, true);
			PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			PDPage page = new PDPage(landscape);
			document.addPage(page);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle("Certificate: " + certificate.courseTitle());
			info.setAuthor(certificate.issuer());
			info.setSubject(certificate.printedName() + " completed " + certificate.courseTitle());
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				Lines lines = new Lines(text, font, landscape.getWidth(), MARGIN);
				text.setLineWidth(3);
				text.addRect(MARGIN / 2, MARGIN / 2, landscape.getWidth() - MARGIN, landscape.getHeight() - MARGIN);
				text.stroke();
				float y = landscape.getHeight() - 110;
				y = lines.centred("CERTIFICATE OF COMPLETION", 14, y) - 40;
				y = lines.centred(certificate.printedName(), 34, y) - 24;
				y = lines.centred("has completed the course", 14, y) - 22;
				y = lines.centred(certificate.courseTitle(), 24, y) - 20;
				y = lines.centred("on " + DATE.format(certificate.issuedAt()), 14, y) - 48;
				y = lines.centred("Issued by " + certificate.issuer() + " · course version " + certificate.courseVersion(), 11, y) - 8;
				y = lines.centred("Check it at " + certificate.verifyAt(), 11, y) - 8;
				if (certificate.revoked()) {
					lines.centred("REVOKED on " + DATE.format(certificate.revokedAt().get()) + " by the issuer", 14, y - 12);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not draw the certificate as PDF", ex);
		}
	}

	/** Centred lines of text, made smaller until they fit between the margins. */
	private record Lines(PDPageContentStream stream, PDType0Font font, float pageWidth, float margin) {

		float centred(String line, float size, float y) throws IOException {
			String printable = printable(line);
			float fitted = size;
			while (width(printable, fitted) > pageWidth - 2 * margin - 40 && fitted > 6) {
				fitted -= 1;
			}
			stream.beginText();
			stream.setFont(font, fitted);
			stream.newLineAtOffset((pageWidth - width(printable, fitted)) / 2, y);
			stream.showText(printable);
			stream.endText();
			return y - fitted;
		}

		private float width(String line, float size) throws IOException {
			return font.getStringWidth(line) / 1000 * size;
		}

		private String printable(String line) {
			StringBuilder kept = new StringBuilder();
			line.codePoints().forEach(codePoint -> {
				String character = new String(Character.toChars(codePoint));
				try {
					font.encode(character);
					kept.append(character);
				}
				catch (IOException | IllegalArgumentException missing) {
					kept.append('?');
				}
			});
			return kept.toString();
		}
	}
}
