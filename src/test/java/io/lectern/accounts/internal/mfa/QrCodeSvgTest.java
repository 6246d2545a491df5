package io.lectern.accounts.internal.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The enrolment QR code: an SVG a scanner reads back to the key URI, with nothing that a strict CSP would block. */
class QrCodeSvgTest {

	private static final String URI = "otpauth://totp/Lectern%3Aana?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Lectern"
			+ "&algorithm=SHA1&digits=6&period=30";

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

	private static final int SCALE = 4;

	@Test
	void aScannerReadsTheKeyUriBackFromTheDrawing() throws Exception {
		String svg = QrCodeSvg.of(URI, "QR code");
		Matcher box = VIEW_BOX.matcher(svg);
		assertThat(box.find()).isTrue();
		int size = Integer.parseInt(box.group(1));
		int[] pixels = new int[size * SCALE * size * SCALE];
		Arrays.fill(pixels, 0xFFFFFF);
		Matcher module = MODULE.matcher(svg);
		while (module.find()) {
			int x = Integer.parseInt(module.group(1));
			int y = Integer.parseInt(module.group(2));
			for (int dy = 0; dy < SCALE; dy++) {
				for (int dx = 0; dx < SCALE; dx++) {
					pixels[(y * SCALE + dy) * size * SCALE + x * SCALE + dx] = 0x000000;
				}
			}
		}

		String read = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * SCALE, size * SCALE, pixels))),
					Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
			.getText();

		assertThat(read).isEqualTo(URI);
	}

	@Test
	void theDrawingHasANameAndNoStyleScriptOrOutsideReference() {
		String svg = QrCodeSvg.of(URI, "Scan <this> & \"that\"");

		assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title>Scan &lt;this&gt; &amp; &quot;that&quot;</title>")
			.doesNotContain("style", "<script", "href", "<image");
	}
}
