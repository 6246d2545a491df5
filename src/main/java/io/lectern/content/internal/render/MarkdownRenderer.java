package io.lectern.content.internal.render;

import io.lectern.content.internal.math.Formulas;
import io.lectern.content.internal.render.myst.CellTags;
import io.lectern.content.internal.render.myst.CrossReferences;
import io.lectern.content.internal.render.myst.Directives;
import io.lectern.content.internal.render.myst.HtmlFrames;
import io.lectern.content.internal.render.myst.LabelLine;
import io.lectern.content.internal.render.myst.MystExtension;
import io.lectern.content.internal.render.myst.Abbreviations;
import io.lectern.content.internal.render.myst.NumberingSettings;
import io.lectern.content.internal.math.MathMacros;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a lesson's Markdown (CommonMark with GitHub's tables, strikethrough, autolinks, task
 * lists and admonitions, and MyST's mathematics as MathML) to HTML that is safe to put in a page as it is: unsafe URLs are dropped
 * and raw HTML passes an allowlist. Thread-safe; each lesson
 * is rendered once, when the catalog loads.
 */
public final class MarkdownRenderer {

	private static final int WORDS_PER_MINUTE = 200;

	private final Parser parser = LessonParser.PARSER;

	private final HtmlRenderer htmlRenderer = HtmlRenderer.builder()
		.extensions(LessonParser.EXTENSIONS)
		.nodeRendererFactory(HeadingAnchors.Renderer::new)
		.nodeRendererFactory(Admonition.Renderer::new)
		.nodeRendererFactory(MathRenderers.Inline::new)
		.nodeRendererFactory(MathRenderers.Display::new)
		.build();

	private final Formulas formulas;

	/** A renderer whose formulas are rendered every time, for snippets and tests. */
	public MarkdownRenderer() {
		this(Formulas.uncached());
	}

	public MarkdownRenderer(Formulas formulas) {
		this.formulas = formulas;
	}

	/**
	 * @param title the lesson's title, which the page shows above the body; a body that opens by
	 *     repeating it as its own {@code # heading} (as exported notebooks do) loses that heading
	 * @param bodyLine the line of the file on which {@code markdown} starts, so problems point at the file
	 */
	public RenderedLesson render(String markdown, String title, int bodyLine, LinkResolver links) {
		return render(markdown, title, bodyLine, links, FencedBlocks.NONE);
	}

	/** @param blocks what fenced blocks that are not code (diagrams) render as */
	public RenderedLesson render(String markdown, String title, int bodyLine, LinkResolver links, FencedBlocks blocks) {
		RenderedLesson lesson = renderPending(markdown, title, bodyLine, links, blocks, NumberingSettings.DEFAULT,
				MathMacros.NONE).typeset();
		return lesson.linked(CrossReferences.within(lesson.targets()), links::warning);
	}

	/**
	 * Renders a lesson of a course, whose references may point at other lessons: each is a marker in
	 * the HTML until {@link RenderedLesson#linked} is given the labels of the whole course, and each
	 * formula is one until {@link RenderedLesson#typeset}.
	 *
	 * @param numbering which kinds of block the lesson numbers
	 * @param macros the TeX macros of the lesson's page and project, which its formulas may use
	 */
	public RenderedLesson renderPending(String markdown, String title, int bodyLine, LinkResolver links,
			FencedBlocks blocks, NumberingSettings numbering, MathMacros macros) {
		return renderPending(markdown, title, bodyLine, links, blocks, numbering, macros, ContentWords.ENGLISH,
				Abbreviations.NONE, "");
	}

	/**
	 * @param words the words the portal writes into the lesson ("Note", "Figure 3"), in its course's language
	 * @param abbreviations what the page's and its project's {@code abbreviations} mark up in its text
	 * @param cellLanguage the language of the lesson's {@code {code-cell}} blocks that name none: its
	 *     notebook kernel's ({@code kernelspec.language}), empty when it has none
	 */
	public RenderedLesson renderPending(String markdown, String title, int bodyLine, LinkResolver links,
			FencedBlocks blocks, NumberingSettings numbering, MathMacros macros, ContentWords words,
			Abbreviations abbreviations, String cellLanguage) {
		Node document = parser.parse(markdown);
		Directives.expand(document, parser::parse, links, bodyLine, words, cellLanguage);
		CellTags.sayShowCode(document, words);
		HtmlFrames.link(document, words);
		BlockSlots slots = BlockSlots.fill(document, blocks, bodyLine);
		TitleHeading.drop(document, title, numbering.pageNumber());
		Admonition.transform(document, words);
		MystExtension.resolveRoles(document, links, bodyLine);
		document.accept(new Destinations(links, bodyLine));
		HeadingAnchors.anchor(document, LabelLine::takeBefore, words);
		// After the anchors: a heading's address stays what its words make, "RHR" written out or not.
		abbreviations.apply(document);
		words.quotationMarks().ifPresent(marks -> SmartQuotes.apply(document, marks));
		MystExtension.Labelling labelling = MystExtension.label(document, numbering.writtenIn(words), bodyLine);
		List<RenderedLesson.Warning> warnings = new ArrayList<>();
		MathSlots math = MathSlots.place(document, formulas, IncludedMacros.takeFrom(document, macros), bodyLine, warnings);
		String html = htmlRenderer.render(document);
		if (needsSanitizing(document)) {
			html = LessonHtmlPolicy.sanitize(html, new RemoteImages(links::localCopy, words));
		}
		html = FootnoteLinks.labelled(html, words);
		html = math.restore(slots.restore(html));
		return new RenderedLesson(html, HeadingAnchors.outline(document), readingMinutes(document),
				Passages.of(document, slots), warnings, labelling.targets(), labelling.references(), math.pending(),
				slots.drewAny());
	}

	/**
	 * The images from other sites a lesson shows, in Markdown, raw HTML or a figure or image
	 * directive (inside other directives too), with the line each is
	 * written on: what the portal fetches before it renders the lesson. A lesson with no image
	 * syntax at all is not even parsed for it.
	 */
	public List<RemoteImageScan.Use> remoteImages(String markdown, int bodyLine) {
		return RemoteImageScan.mayShowImages(markdown) ? RemoteImageScan.of(parser.parse(markdown), bodyLine, parser::parse) : List.of();
	}

	/**
	 * Raw HTML is the only way markup Lectern did not write reaches the output: the renderer escapes
	 * all text and attributes, and unsafe link and image URLs are dropped before rendering. So the
	 * allowlist sanitizer runs over the whole lesson whenever it holds any raw HTML, or an image from
	 * another site (which the sanitizer turns into a link), and the (costly) second parse is skipped
	 * for the rest.
	 */
	private static boolean needsSanitizing(Node document) {
		boolean[] found = { false };
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				found[0] |= RemoteImages.isRemote(image.getDestination());
			}

			@Override
			public void visit(HtmlBlock block) {
				found[0] = true;
			}

			@Override
			public void visit(HtmlInline inline) {
				found[0] = true;
			}
		});
		return found[0];
	}

	private static int readingMinutes(Node document) {
		int[] words = { 0 };
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				words[0] += countWords(text.getLiteral());
			}

			@Override
			public void visit(Code code) {
				words[0] += countWords(code.getLiteral());
			}

			@Override
			public void visit(FencedCodeBlock block) {
				words[0] += countWords(block.getLiteral());
			}
		});
		return Math.max(1, (words[0] + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
	}

	/**
	 * The words of {@code text} once stripped: runs of characters between ASCII white space, as
	 * splitting it at {@code \s+} counts them, without making a string of each word (this runs over
	 * every text node of every lesson).
	 */
	private static int countWords(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (start == end) {
			return 0;
		}
		int words = 1;
		for (int i = start + 1; i < end; i++) {
			if (isSpace(text.charAt(i)) && !isSpace(text.charAt(i - 1))) {
				words++;
			}
		}
		return words;
	}

	/** What {@code \s} matches in a Java pattern. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}
}
