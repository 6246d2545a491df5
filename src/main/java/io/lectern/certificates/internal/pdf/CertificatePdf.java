package io.lectern.certificates.internal.pdf;

import io.lectern.certificates.internal.pages.CertificateView;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;

/**
 * A certificate as a one-page landscape A4 PDF, drawn with Apache PDFBox: a double frame, the
 * learner's name large in the middle, the course and the date under it, and at the foot who issued
 * it and where anyone can check it, in the words given (see {@link PdfWording}). The fonts are embedded (see {@link FontChain}), so names in
 * Arabic, Hebrew, Japanese, Chinese or Korean print as written.
 */
@Component
public class CertificatePdf {

	private static final Color INK = new Color(0x1f, 0x29, 0x37);

	private static final Color MUTED = new Color(0x4b, 0x55, 0x63);

	private static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);

	private static final Color REVOKED = new Color(0xb9, 0x1c, 0x1c);

	public byte[] draw(CertificateView certificate, PdfWording words) {
		try (PDDocument document = new PDDocument()) {
			PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			PDPage page = new PDPage(landscape);
			document.addPage(page);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(words.documentTitle());
			info.setAuthor(certificate.issuer());
			info.setSubject(words.documentSubject());
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				frame(stream, landscape);
				Lines lines = new Lines(stream, new FontChain(document), landscape.getWidth());
				float top = landscape.getHeight();
				lines.centred(words.heading(), 15, top - 130, ACCENT);
				float below = lines.centred(certificate.printedName(), 36, top - 215, INK);
				rule(stream, landscape.getWidth() / 2, below - 14);
				lines.centred(words.completed(), 14, top - 290, MUTED);
				lines.centred(certificate.courseTitle(), 26, top - 330, INK);
				lines.centred(words.on(), 14, top - 370, MUTED);
				if (words.revoked().isPresent()) {
					lines.centred(words.revoked().get(), 16, top - 410, REVOKED);
				}
				lines.centred(words.issuedBy(), 10, 96, MUTED);
				lines.centred(words.checkAt(), 10, 80, MUTED);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not draw the certificate as PDF", ex);
		}
	}

	/** A heavy outer line and a fine inner one, as printed certificates are framed. */
	private static void frame(PDPageContentStream stream, PDRectangle page) throws IOException {
		stream.setStrokingColor(ACCENT);
		stream.setLineWidth(3);
		stream.addRect(24, 24, page.getWidth() - 48, page.getHeight() - 48);
		stream.stroke();
		stream.setLineWidth(0.75f);
		stream.addRect(32, 32, page.getWidth() - 64, page.getHeight() - 64);
		stream.stroke();
	}

	/** A short line under the name, where a signature line would be. */
	private static void rule(PDPageContentStream stream, float centre, float y) throws IOException {
		stream.setStrokingColor(MUTED);
		stream.setLineWidth(0.5f);
		stream.moveTo(centre - 160, y);
		stream.lineTo(centre + 160, y);
		stream.stroke();
	}

	/** Centred lines of text, made smaller until they fit between the frames. */
	private record Lines(PDPageContentStream stream, FontChain fonts, float pageWidth) {

		private static final float WIDEST = 0.8f;

		/** Draws the line with its baseline at y; answers where its descenders end. */
		float centred(String text, float size, float y, Color colour) throws IOException {
			PrintedLine line = PrintedLine.of(text, fonts);
			float fitted = size;
			while (line.width(fitted) > pageWidth * WIDEST && fitted > 6) {
				fitted -= 1;
			}
			float x = (pageWidth - line.width(fitted)) / 2;
			stream.setNonStrokingColor(colour);
			for (PrintedLine.Run run : line.runs()) {
				stream.beginText();
				stream.setFont(run.font(), fitted);
				stream.newLineAtOffset(x, y);
				stream.showText(run.text());
				stream.endText();
				x += run.width(fitted);
			}
			return y - fitted * 0.25f;
		}
	}
}
