package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.BlockRenderer;
import io.lectern.content.internal.render.Labelled;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A MyST target line, {@code (label)=}, which names the block after it. Before a heading it gives
 * the heading its label (and is removed); before another labelled block (a figure) it is a second
 * name for that block and writes nothing; before anything else (a paragraph, a list) it is a
 * target of its own, an empty element carrying the id.
 */
public final class LabelLine extends CustomBlock implements Labelled {

	private static final Pattern SYNTAX = Pattern.compile("\\(([^()\\n]*[^()\\s][^()\\n]*)\\)=\\s*");

	private final String label;
	private String anchor;
	/** The lesson's title, when this line stood before the heading the page shows as its title. */
	private String page;
	/** The number the page takes from its place in the course, when this line names the page: empty for none. */
	private String pageNumber = "";

	LabelLine(String label) {
		this.label = label.strip();
	}

	/**
	 * Makes this line name the page itself: it stood before the heading that is the lesson's title,
	 * which the page shows above the body instead ({@code (functions)=} before {@code # Functions},
	 * as QuantEcon's lectures open). It is then a target at the top of the body, read as that title
	 * and numbered as the page is ({@code number}, empty for none), and not the label of the next
	 * section's heading.
	 */
	public void namesThePage(String title, String number) {
		page = title;
		pageNumber = number;
	}

	/** Removes a target line written right before {@code block} and gives its label, for headings. */
	public static Optional<String> takeBefore(Node block) {
		if (block.getPrevious() instanceof LabelLine line && line.page == null) {
			line.unlink();
			return Optional.of(line.label);
		}
		return Optional.empty();
	}

	/** The labelled block this line names too, when it stands right before one. */
	Optional<Labelled> names() {
		return page == null && getNext() instanceof Labelled labelled && !(getNext() instanceof LabelLine)
				? Optional.of(labelled) : Optional.empty();
	}

	@Override
	public Optional<String> label() {
		return Optional.of(label);
	}

	@Override
	public Kind kind() {
		return page == null ? Kind.OTHER : Kind.HEADING;
	}

	@Override
	public boolean numbered() {
		return false;
	}

	@Override
	public String title() {
		return page == null ? "" : page;
	}

	@Override
	public void assign(String anchor, String number) {
		this.anchor = anchor;
	}

	@Override
	public String anchor() {
		return anchor;
	}

	/** The page's number when this line names a numbered page ({@code {numref}} reads "Section 1.1"), else none. */
	@Override
	public String number() {
		return page == null ? "" : pageNumber;
	}

	static final class Factory extends AbstractBlockParserFactory {

		@Override
		public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
			if (state.getIndent() >= 4) {
				return BlockStart.none();
			}
			CharSequence line = state.getLine().getContent();
			Matcher syntax = SYNTAX.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
			return syntax.matches() ? BlockStart.of(new Parser(new LabelLine(syntax.group(1)))).atIndex(line.length())
					: BlockStart.none();
		}
	}

	private static final class Parser extends AbstractBlockParser {

		private final LabelLine block;

		Parser(LabelLine block) {
			this.block = block;
		}

		@Override
		public Block getBlock() {
			return block;
		}

		@Override
		public BlockContinue tryContinue(ParserState state) {
			return BlockContinue.none();
		}
	}

	static final class Renderer extends BlockRenderer<LabelLine> {

		Renderer(HtmlNodeRendererContext context) {
			super(context, LabelLine.class);
		}

		@Override
		protected void render(LabelLine line, HtmlWriter html) {
			if (line.anchor != null && line.names().isEmpty()) {
				html.line();
				html.tag("span", Map.of("id", line.anchor));
				html.tag("/span");
				html.line();
			}
		}
	}
}
