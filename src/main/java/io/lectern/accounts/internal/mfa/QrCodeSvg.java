package io.lectern.accounts.internal.mfa;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code drawn as SVG on the server: ZXing lays out the modules, and each dark one becomes a
 * square of one path. Nothing is fetched and nothing styled inline, so the page keeps its strict
 * CSP; the quiet zone of four modules around it is part of the picture, as scanners need.
 */
final class QrCodeSvg {

	private static final int QUIET_ZONE = 4;

	private QrCodeSvg() {
	}

	static String of(String text, String label) {
		BitMatrix modules;
		try {
			modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot draw a QR code of this text", ex);
		}
		int width = modules.getWidth();
		int height = modules.getHeight();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if (modules.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" viewBox=\"0 0 " + width + " " + height
				+ "\" shape-rendering=\"crispEdges\"><title>" + escape(label) + "</title><rect width=\"" + width
				+ "\" height=\"" + height + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
