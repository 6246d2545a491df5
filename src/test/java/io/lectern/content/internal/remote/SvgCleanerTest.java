package io.lectern.content.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SvgCleanerTest {

	private static String clean(String svg) throws RefusedImage {
		return new String(SvgCleaner.clean(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
	}

	@Test
	void theDrawingStaysWithItsGradientsAndLocalReferences() throws RefusedImage {
		String svg = clean("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
				+ "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient></defs>"
				+ "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"url(#g)\"/><use xlink:href=\"#g\"/><text x=\"1\">A &amp; B</text></svg>");

		assertThat(svg).contains("<linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"></stop></linearGradient>")
			.contains("fill=\"url(#g)\"")
			.contains("<use xlink:href=\"#g\"></use>")
			.contains("<text x=\"1\">A &amp; B</text>");
	}

	@Test
	void scriptHandlersHtmlAnimationsAndOutsideReferencesAreLeftOut() throws RefusedImage {
		String svg = clean("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
				+ "<script type=\"text/javascript\">alert(1)</script>"
				+ "<rect onclick=\"alert(2)\" width=\"1\" fill=\"url(https://evil.example/p.svg#x)\"/>"
				+ "<foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(3)</script></body></foreignObject>"
				+ "<a href=\"javascript:alert(4)\"><circle r=\"1\"/></a>"
				+ "<use href=\"https://evil.example/sprite.svg#icon\"/><image xlink:href=\"https://evil.example/track.png\"/>"
				+ "<set attributeName=\"href\" to=\"javascript:alert(5)\"/>"
				+ "<style>@import url(https://evil.example/x.css);</style><g style=\"fill:url('https://evil.example/y')\"/></svg>");

		assertThat(svg).doesNotContain("alert", "evil.example", "script", "onclick", "foreignObject", "javascript", "<set",
				"<image", "@import")
			.contains("<circle r=\"1\"></circle>")
			.contains("<rect width=\"1\"></rect>");
	}

	@Test
	void externalEntitiesAreNeverRead() throws RefusedImage {
		String svg = clean("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>");

		assertThat(svg).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
				+ "<text></text></svg>");
	}

	@Test
	void somethingThatIsNotAnSvgDrawingIsRefused() {
		assertThatExceptionOfType(RefusedImage.class).isThrownBy(() -> clean("<svg><unclosed></svg>"));
		assertThatExceptionOfType(RefusedImage.class).isThrownBy(() -> clean("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"));
	}
}
