package io.lectern.content.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing an author or an imported page writes may run script in a reader's browser. */
class XssCorpusTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private final LinkResolver asWritten = new LinkResolver() {
		@Override
		public Optional<String> link(String destination, int line) {
			return Optional.of(destination);
		}

		@Override
		public Optional<String> image(String source, int line) {
			return Optional.of(source);
		}
	};

	private static final Pattern TAG = Pattern.compile("<([a-z][a-z0-9]*)([^>]*)>");
	private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"#\" onclick=\"alert(1)\">x</a>", "<div onmouseover=\"alert(1)\">x</div>",
			"<svg onload=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>",
			"<p style=\"background:url(javascript:alert(1))\">x</p>", "<object data=\"x.swf\"></object>",
			"<form action=\"https://evil.example\"><input name=a></form>", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
			"[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x]( javascript:alert(1))",
			"[x](java&#115;cript:alert(1))", "[x](&#x6A;avascript:alert(1))", "[x](java%09script:alert(1))",
			"<a href=\"java&#115;cript:alert(1)\">x</a>", "<a href=\" javascript:alert(1)\">x</a>",
			"<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", "[x](vbscript:msgbox(1))",
			"<a href=\"VBScript:msgbox(1)\">x</a>", "<javascript:alert(1)>", "<JAVASCRIPT:alert(1)>",
			"![x](javascript:alert(1))", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
			"![x](vbscript:msgbox(1))", "<img src=\"javascript:alert(1)\">", "<img src=\"data:image/png;base64,AAAA\">",
			"[x]: javascript:alert(1)\n\n[click][x]", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)\">x</a>",
			"<scr<script>ipt>alert(1)</script>", "<base href=\"https://evil.example/\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<link rel=stylesheet href=x.css>",
			"<style>body{display:none}</style>" })
	void nothingExecutableSurvives(String attack) {
		String html = renderer.render("Before\n\n" + attack + "\n\nAfter", "Lesson", 1, asWritten).html();
		String lower = html.toLowerCase(Locale.ROOT);

		// Text such as "javascript:alert(1)" is harmless once escaped; only markup and URLs in attributes run.
		assertThat(lower).doesNotContain("<script", "<iframe", "<object", "<form", "<svg", "<base", "<meta", "<link",
				"<style", "<math", "style=", "xlink:href", "onerror=", "onclick=", "onmouseover=", "onload=");
		assertThat(lower).doesNotContainPattern("(href|src)=\"\\s*(javascript|vbscript|data):");
		assertThat(html).contains("Before").contains("After");
	}

	/**
	 * MyST syntax puts author text in new places (role contents, labels, reference texts, footnote
	 * labels). Escaped, such text may still read "onerror=" harmlessly, so these payloads are checked
	 * tag by tag: no element that runs or loads anything, no event handler, no unsafe URL.
	 */
	@ParameterizedTest
	@ValueSource(strings = {
			"{abbr}`<script>alert(1)</script> (x\" onmouseover=\"alert(1))`", "{sub}`<img src=x onerror=alert(1)>`",
			"{math}`</code><script>alert(1)</script>`", "{<script>alert(1)</script>}`x`", "{x\" onmouseover=\"alert(1)}`y`",
			"{unknown-role}`<svg onload=alert(1)>`", "{kbd}`<iframe src=\"https://evil.example\">`",
			"{download}`javascript:alert(1)`", "{download}`x <javascript:alert(1)>`", "{doc}`javascript:alert(1)`",
			"{doc}`x <data:text/html,<script>alert(1)</script>>`", "[](javascript:alert(1))", "<project:javascript:alert(1)>",
			"(<script>)=\n## Heading\n\n{ref}`<script>`", "(x\" onmouseover=\"alert(1))=\n\nPara [](#x\" onmouseover=\"alert(1))",
			"(<img src=x onerror=alert(1)>)=\n## <img src=x onerror=alert(1)>\n\nSee @img", "{ref}`<script>alert(1)</script> <nowhere>`",
			"{numref}`<img src=x onerror=alert(1)> %s <x>`", "[<img src=x onerror=alert(1)>](#x)", "@x\"onmouseover=alert(1)",
			"{term}`<script>alert(1)</script>`", "{cite}`<script>alert(1)</script>`",
			"Note[^<script>].\n\n[^<script>]: <img src=x onerror=alert(1)>",
			"<b>raw</b>\n\n(x\" onmouseover=\"alert(1))=\n## H\n\n[^a\"b]: n\n\nx[^a\"b]",
			"Term <script>alert(1)</script>\n: <img src=x onerror=alert(1)>",
			"lectern-xref-0-0-start<script>alert(1)</script>lectern-xref-0-0-end" })
	void nothingExecutableSurvivesInMyst(String attack) {
		String html = renderer.render("Before\n\n" + attack + "\n\nAfter", "Lesson", 1, asWritten).html();

		Matcher tag = TAG.matcher(html.toLowerCase(Locale.ROOT));
		while (tag.find()) {
			String names = QUOTED.matcher(tag.group(2)).replaceAll("\"\"");
			assertThat(tag.group(1)).isNotIn("script", "iframe", "object", "embed", "svg", "math", "style", "base", "form");
			assertThat(names).doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContain("style=");
			assertThat(tag.group(2)).doesNotContainPattern("(href|src)=\"\\s*(javascript|vbscript|data):");
		}
		assertThat(html).contains("Before").contains("After");
	}
}
