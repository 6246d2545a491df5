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
		assertHarmless(renderer.render("Before\n\n" + attack + "\n\nAfter", "Lesson", 1, asWritten).html());
	}

	/** MyST directives: payloads in the name, the argument, options and the body. */
	@ParameterizedTest
	@ValueSource(strings = { "```{<script>alert(1)</script>}\nx\n```", "```{note} <img src=x onerror=alert(1)>\nx\n```",
			":::{admonition} <svg onload=alert(1)>\nx\n:::", ":::{note}\n:class: x\" onclick=\"alert(1)\nx\n:::",
			"```{figure} javascript:alert(1)\n:alt: \" onerror=\"alert(1)\n:name: \"><script>alert(1)</script>\ncap\n```",
			"```{image} x.png\n:alt: \"><script>alert(1)</script>\n:target: javascript:alert(1)\n```",
			"```{image} data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\n```",
			":::{card} Go\n:link: javascript:alert(1)\n:::", ":::{card} Go\n:link: JaVa\tScRiPt:alert(1)\n:::",
			"```{iframe} javascript:alert(1)\n```", "```{iframe} https://evil.example\n```",
			"```{youtube} \"><iframe src=javascript:alert(1)>\n```", "```{video} javascript:alert(1)\n```",
			"```{video} https://evil.example/v.mp4\n```", "```{raw} html\n<script>alert(1)</script><iframe src=x></iframe>\n```",
			"```{raw} html\n<video src=\"https://evil.example/v.mp4\" onplay=alert(1)></video>\n```",
			"```{code-block} html\n:caption: <script>alert(1)</script>\n:filename: <svg onload=alert(1)>\n<script>alert(1)</script>\n```",
			"```{math}\n:label: \"><script>alert(1)</script>\n</code><script>alert(1)</script>\n```",
			"```{math}\n:label: e\n:enumerator: \"><script>alert(1)</script>\nx\n```\n\nSee [<b>%s</b>](#e) and {eq}`e`",
			"```{figure} x.png\n:label: f\n:enumerator: <img src=x onerror=alert(1)>\ncap\n```\n\nSee [{number}](#f) and [](#f)",
			"```{table} T\n:number: <svg onload=alert(1)>\n| a |\n|---|\n| 1 |\n```",
			"```{glossary}\n<img src=x onerror=alert(1)>\n  <script>alert(1)</script>\n```",
			"```{exercise} <script>alert(1)</script>\n:label: x\" onmouseover=\"alert(1)\nbody\n```",
			"```{solution} <script>alert(1)</script>\nx\n```",
			"```{exercise}\n:label: e\nx\n```\n```{solution} e\n:label: \"><script>alert(1)</script>\ny\n```\n\n{ref}`\"><script>alert(1)</script>`",
			"````{myst}\n<script>alert(1)</script>\n[x](javascript:alert(1))\n```{raw} html\n<img src=x onerror=alert(1)>\n```\n````",
			":::{index} x\n:name: \"><script>alert(1)</script>\n:::\n\n{index}`<script>alert(1)</script>` [a](\"><svg onload=alert(1)>)",
			"```{prf:theorem} <script>alert(1)</script>\n:label: x\" onmouseover=\"alert(1)\n:class: dropdown\" onclick=\"alert(1)\nbody\n```", "::::{tab-set}\n:::{tab-item} <style>body{}</style>\nx\n:::\n::::",
			"```{list-table}\n* - <script>alert(1)</script>\n  - [x](javascript:alert(1))\n```",
			"```{csv-table}\n\"<img src=x onerror=alert(1)>\", [x](javascript:alert(1))\n```",
			"```{epigraph}\nx\n\n-- <script>alert(1)</script>\n```", "```{unknown-<b>} <script>alert(1)</script>\nx\n```",
			"```{grid} 1 \"><script>\n:class: \" style=\"x\n```" })
	void nothingExecutableSurvivesInDirectives(String attack) {
		String withRawHtml = renderer.render("Before <b>raw</b>\n\n" + attack + "\n\nAfter", "Lesson", 1, asWritten).html();
		String without = renderer.render("Before\n\n" + attack + "\n\nAfter", "Lesson", 1, asWritten).html();

		assertNoActiveMarkup(withRawHtml);
		assertNoActiveMarkup(without);
	}

	/** Escaped text may spell an attack out; only real tags and attributes could run it. */
	private static void assertNoActiveMarkup(String html) {
		String lower = html.toLowerCase(Locale.ROOT);
		assertThat(lower).doesNotContain("<script", "<iframe", "<object", "<form", "<svg", "<base", "<meta", "<link",
				"<style");
		// The math directive's formula is the engine's MathML, which passed its own allowlist; no other.
		assertThat(lower).doesNotContainPattern("<math(?! display=\"block\" class=\"tml-display\">)");
		assertThat(lower).doesNotContainPattern("<[^>]*\\s(on[a-z]+|style|xlink:href)=");
		assertThat(lower).doesNotContainPattern("(href|src)=\"\\s*(javascript|vbscript|data):");
		assertThat(lower).doesNotContainPattern("<video[^>]*src=\"(https?:)?//");
		assertThat(lower).contains("before").contains("after");
	}

	private static void assertHarmless(String html) {
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
			"{<script>alert(1)</script>}`x`", "{x\" onmouseover=\"alert(1)}`y`",
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

	/** Formulas are MathML that passed their own allowlist: no links, styles, ids or script, whatever the TeX says. */
	@ParameterizedTest
	@ValueSource(strings = { "$\\href{javascript:alert(1)}{x}$", "$\\url{javascript:alert(1)}$", "$<script>alert(1)</script>$",
			"$\\htmlClass{x\" onclick=\"alert(1)}{y}$", "$\\htmlId{x}{y}$", "$\\htmlStyle{color:red}{y}$",
			"$\\htmlData{foo=bar}{y}$", "$\\style{background:url(javascript:alert(1))}{x}$",
			"$\\includegraphics{https://evil.example/x.png}$", "$\\color{red;background:url(x)}{x}$",
			"$\\text{<img src=x onerror=alert(1)>}$", "$$\n\\text{</math><script>alert(1)</script>}\n$$",
			"$$ x $$ (a\"onmouseover=\"alert(1))", "$$\nx \\label{\"><script>alert(1)</script>}\n$$",
			"$\\eqref{\"><img src=x onerror=alert(1)>}$", "$\\def\\x{\\x}\\x$",
			"<div>raw</div>\n\n$\\mathrm{<svg onload=alert(1)>}$", "{math}`</code><script>alert(1)</script>`",
			"{math}`\\href{javascript:alert(1)}{x}`", "<b>raw</b> {math}`\\text{<img src=x onerror=alert(1)>}`" })
	void nothingExecutableSurvivesInAFormula(String attack) {
		String html = renderer.render("Before\n\n" + attack + "\n\nAfter", "Lesson", 1, asWritten).html();
		String lower = html.toLowerCase(Locale.ROOT);

		// A formula that does not parse is shown as its source, escaped: only markup and attributes count.
		assertThat(lower).doesNotContain("<script", "<img", "<svg", "<iframe", " style=", "href=\"javascript", "<a ",
				"xlink");
		assertThat(lower).doesNotContainPattern("<[^>]*\\s(on[a-z]+|data-[a-z]+)=");
		assertThat(lower).doesNotContainPattern("<m[a-z]* [^>]*(id|href|src)=");
		assertThat(html).contains("Before").contains("After");
	}
}
