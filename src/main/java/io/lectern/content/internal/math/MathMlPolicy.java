package io.lectern.content.internal.math;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allowlist every formula's MathML passes before it joins a page: the MathML Core elements and
 * the attributes Temml writes, with values checked; no links, ids, events or {@code style}. The
 * Content-Security-Policy forbids inline style, so the few styles Temml writes that carry meaning
 * become what MathML Core or the portal's stylesheet say instead: a colour becomes
 * {@code mathcolor}, the frame of {@code \boxed} a class; the rest (cell padding, the display
 * box) is in {@code math.css}.
 */
final class MathMlPolicy {

	private static final Pattern LENGTH = Pattern.compile("-?[0-9]{0,4}(\\.[0-9]{1,6})?(em|ex|pt|px|mu|%)?|0");
	private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{3,8}|[A-Za-z]{1,20}");
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9 _-]{1,120}");
	private static final Pattern TAG_WITH_STYLE = Pattern.compile("<([a-z]+)([^<>]*?) style=\"([^\"]*)\"");
	private static final Pattern COLOR_DECLARATION = Pattern.compile("(?:^|;)\\s*color:\\s*([^;]+)");
	private static final Pattern BACKGROUND_DECLARATION = Pattern.compile("(?:^|;)\\s*background-color:\\s*([^;]+)");
	private static final Pattern FRAME = Pattern.compile("padding:\\s*3pt;\\s*border:\\s*1px solid");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("math", "semantics", "annotation", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msub",
				"msup", "msubsup", "munder", "mover", "munderover", "mmultiscripts", "mprescripts", "none", "mfrac",
				"msqrt", "mroot", "mtable", "mtr", "mtd", "mstyle", "mpadded", "mphantom", "menclose")
		.allowAttributes("display").matching(true, "block", "inline").onElements("math")
		.allowAttributes("encoding").matching(true, "application/x-tex").onElements("annotation")
		.allowAttributes("class").matching(NAME).globally()
		.allowAttributes("mathvariant").matching(true, "normal", "bold", "italic", "bold-italic", "double-struck",
				"script", "bold-script", "fraktur", "bold-fraktur", "sans-serif", "bold-sans-serif",
				"sans-serif-italic", "sans-serif-bold-italic", "monospace")
		.globally()
		.allowAttributes("displaystyle", "stretchy", "fence", "separator", "symmetric", "largeop", "movablelimits",
				"accent", "accentunder")
		.matching(true, "true", "false")
		.globally()
		.allowAttributes("scriptlevel").matching(Pattern.compile("[+-]?[0-9]")).globally()
		.allowAttributes("form").matching(true, "prefix", "infix", "postfix").onElements("mo")
		.allowAttributes("lspace", "rspace", "minsize", "maxsize", "width", "height", "depth", "voffset",
				"linethickness", "mathsize")
		.matching(LENGTH)
		.globally()
		.allowAttributes("mathcolor", "mathbackground").matching(COLOR).globally()
		.allowAttributes("notation").matching(Pattern.compile("[a-z ]{1,80}")).onElements("menclose")
		.allowAttributes("columnalign").matching(Pattern.compile("(left|center|right)( (left|center|right))*"))
		.globally()
		.allowAttributes("rowspacing", "columnspacing").matching(Pattern.compile("[0-9.a-z% ]{1,80}")).globally()
		.toFactory();

	private MathMlPolicy() {
	}

	static String sanitize(String mathMl) {
		return POLICY.sanitize(withoutInlineStyles(mathMl));
	}

	private static String withoutInlineStyles(String mathMl) {
		Matcher tag = TAG_WITH_STYLE.matcher(mathMl);
		StringBuilder out = new StringBuilder(mathMl.length());
		while (tag.find()) {
			String style = tag.group(3);
			StringBuilder replacement = new StringBuilder("<").append(tag.group(1)).append(tag.group(2));
			declaration(COLOR_DECLARATION, style, "mathcolor", replacement);
			declaration(BACKGROUND_DECLARATION, style, "mathbackground", replacement);
			if (FRAME.matcher(style).find() && !tag.group(2).contains("class=")) {
				replacement.append(" class=\"tml-fbox\"");
			}
			tag.appendReplacement(out, Matcher.quoteReplacement(replacement.toString()));
		}
		tag.appendTail(out);
		return out.toString();
	}

	private static void declaration(Pattern pattern, String style, String attribute, StringBuilder tag) {
		Matcher value = pattern.matcher(style);
		if (value.find()) {
			tag.append(' ').append(attribute).append("=\"").append(value.group(1).strip()).append('"');
		}
	}
}
