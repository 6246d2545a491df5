package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * {@code code}, {@code code-block} and {@code sourcecode}: code whose body is literal, with line
 * numbers, emphasized lines, a file name and a numbered caption; and {@code code-cell}, a notebook
 * cell's input shown under an {@code In [ ]:} prompt. Lectern never runs code.
 */
final class CodeBlocks {

	private static final Map<String, String> KERNELS = Map.of("ipython", "python", "ipython3", "python",
			"python3", "python", "ir", "r", "julia-1", "julia");

	private CodeBlocks() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		for (String name : new String[] { "code", "code-block", "sourcecode" }) {
			kinds.put(name, DirectiveKind.verbatim(CodeBlocks::code));
		}
		kinds.put("code-cell", DirectiveKind.verbatim(CodeBlocks::cell));
	}

	private static Node code(Directive directive, Expansion expansion) {
		return listing(directive, expansion, language(directive.argument), directive.body());
	}

	/** A listing of {@code code} with the directive's options; also what a literal include shows. */
	static Node listing(Directive directive, Expansion expansion, String language, String code) {
		CodeListing listing = new CodeListing(language, code, lineNumbers(directive), firstLine(directive),
				emphasized(directive.option("emphasize-lines")));
		String caption = directive.option("caption");
		String label = directive.label();
		Element file = fileName(directive.option("filename"));
		if (caption.isEmpty() && label.isEmpty()) {
			if (file == null) {
				return listing;
			}
			Element block = new Element("div", "code-file");
			block.appendChild(file);
			block.appendChild(listing);
			return block;
		}
		LabelledElement figure = new LabelledElement("figure", "code-figure", Labelled.Kind.CODE, label,
				!caption.isEmpty(), caption).numberedAs(directive);
		if (!caption.isEmpty()) {
			Element figcaption = new Element("figcaption", "");
			Paragraph line = new Paragraph();
			line.appendChild(new CaptionNumber(figure, CaptionNumber.Style.CAPTION, expansion.words));
			expansion.appendInlines(line, caption, directive.line());
			figcaption.appendChild(line);
			figure.appendChild(figcaption);
		}
		if (file != null) {
			figure.appendChild(file);
		}
		figure.appendChild(listing);
		return figure;
	}

	/**
	 * A MyST Markdown notebook's code cell, in the kernel's language unless it names its own, with
	 * its tags read as a notebook cell's ({@link CellTags}); a Markdown notebook keeps no outputs, so
	 * a cell whose code is removed leaves nothing.
	 */
	private static Node cell(Directive directive, Expansion expansion) {
		List<String> tags = tags(directive.option("tags"));
		if (CellTags.removesCell(tags::contains) || CellTags.removesInput(tags::contains)) {
			return null;
		}
		Element cell = new Element("div", "notebook-cell code-cell");
		Node holder = cell;
		if (CellTags.hidesInput(tags::contains)) {
			Element folded = new Element("details", "notebook-hidden-input");
			Element summary = new Element("summary", "");
			summary.appendChild(new Text(CellTags.showCode(expansion.words)));
			folded.appendChild(summary);
			cell.appendChild(folded);
			holder = folded;
		}
		Element prompt = new Element("p", "notebook-prompt");
		prompt.appendChild(new Text("In [ ]:"));
		holder.appendChild(prompt);
		String language = directive.argument.isBlank() ? language(expansion.cellLanguage) : language(directive.argument);
		holder.appendChild(listing(directive, expansion, language, directive.body()));
		return cell;
	}

	/** {@code [hide-input, remove-output]}, as the {@code :tags:} option writes a list. */
	private static List<String> tags(String written) {
		String list = written.strip();
		if (list.startsWith("[") && list.endsWith("]")) {
			list = list.substring(1, list.length() - 1);
		}
		return Arrays.stream(list.split(",")).map(tag -> tag.strip().replaceAll("^[\"']|[\"']$", ""))
			.filter(tag -> !tag.isEmpty()).toList();
	}

	private static String language(String argument) {
		String first = argument.strip().split("\\s+")[0];
		return KERNELS.getOrDefault(first, first).replaceAll("[^A-Za-z0-9_+#.-]", "");
	}

	private static Element fileName(String name) {
		if (name.isEmpty()) {
			return null;
		}
		Element file = new Element("p", "code-filename");
		file.appendChild(new Text(name));
		return file;
	}

	private static boolean lineNumbers(Directive directive) {
		return directive.options().containsKey("linenos") || directive.options().containsKey("lineno-start")
				|| directive.options().containsKey("number-lines");
	}

	private static int firstLine(Directive directive) {
		String start = directive.option("lineno-start").isEmpty() ? directive.option("number-lines")
				: directive.option("lineno-start");
		return Math.max(1, Tables.number(start.isEmpty() ? "1" : start));
	}

	/** "1,3-5" is lines 1, 3, 4 and 5, counted from the block's first line whatever its number. */
	static Set<Integer> emphasized(String lines) {
		Set<Integer> found = new TreeSet<>();
		for (String part : lines.split(",")) {
			String[] range = part.strip().split("\\s*-\\s*");
			int from = Tables.number(range[0]);
			int to = range.length > 1 ? Tables.number(range[1]) : from;
			for (int line = from; line > 0 && line <= to && line <= from + 1000; line++) {
				found.add(line);
			}
		}
		return found;
	}
}
