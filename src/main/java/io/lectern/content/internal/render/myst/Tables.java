package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * {@code table} (a Markdown table with a caption), {@code list-table} (rows as a list of lists) and
 * {@code csv-table}. Each becomes a numbered table whose caption says "Table 2: ...", placed as its
 * {@code :align:} says (left, center or right), as mystmd places it.
 */
final class Tables {

	private Tables() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("table", DirectiveKind.titled(Tables::table));
		kinds.put("list-table", DirectiveKind.titled(Tables::listTable));
		kinds.put("csv-table", DirectiveKind.read(CsvTable::build, DirectiveKind.Body.VERBATIM, true));
	}

	private static Node table(Directive directive, Expansion expansion) {
		Document body = new Document();
		expansion.appendBody(body, directive);
		TableBlock table = firstTable(body);
		if (table == null) {
			expansion.warn(directive, "problem.directive.noTable");
		}
		return labelled(directive, expansion, table, body);
	}

	private static Node listTable(Directive directive, Expansion expansion) {
		Document body = new Document();
		expansion.appendBody(body, directive);
		if (!(body.getFirstChild() instanceof BulletList rows)) {
			expansion.warn(directive, "problem.directive.listTable");
			return labelled(directive, expansion, null, body);
		}
		int headerRows = number(directive.option("header-rows"));
		int stubColumns = number(directive.option("stub-columns"));
		List<List<Node>> cells = new ArrayList<>();
		for (Node row = rows.getFirstChild(); row != null; row = row.getNext()) {
			List<Node> rowCells = new ArrayList<>();
			if (row.getFirstChild() instanceof BulletList cellList) {
				for (Node item = cellList.getFirstChild(); item != null; item = item.getNext()) {
					rowCells.add(item);
				}
			}
			cells.add(rowCells);
		}
		Element table = build(cells, headerRows, stubColumns);
		rows.unlink();
		return labelled(directive, expansion, table, body);
	}

	/**
	 * A table of cells each holding what a list item held; a lone paragraph gives its text only. Its
	 * cells may hold blocks (lists, code), which Markdown's own table cells cannot, so it is made of
	 * elements.
	 */
	static Element build(List<List<Node>> rows, int headerRows, int stubColumns) {
		Element table = new Element("table", "");
		Element head = new Element("thead", "");
		Element body = new Element("tbody", "");
		for (int r = 0; r < rows.size(); r++) {
			Element row = new Element("tr", "");
			List<Node> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				Element cell = new Element(r < headerRows || c < stubColumns ? "th" : "td", "");
				Node content = cells.get(c);
				if (content instanceof ListItem && content.getFirstChild() instanceof Paragraph only && only.getNext() == null) {
					content = only;
				}
				Expansion.moveChildren(content, cell);
				row.appendChild(cell);
			}
			(r < headerRows ? head : body).appendChild(row);
		}
		if (head.getFirstChild() != null) {
			table.appendChild(head);
		}
		if (body.getFirstChild() != null) {
			table.appendChild(body);
		}
		return table;
	}

	/**
	 * The table in a block that carries its id, with "Table n: argument" as its caption.
	 *
	 * @param rest what else the body held, kept after the table
	 */
	static Node labelled(Directive directive, Expansion expansion, Node table, Node rest) {
		LabelledElement block = new LabelledElement("div", "table-block", Labelled.Kind.TABLE, directive.label(),
				table != null, directive.argument);
		block.withClasses(directive.option("class")).withClasses(Figures.align(directive.option("align")));
		block.numberedAs(directive);
		if (table != null) {
			// As mystmd and Sphinx show them, an untitled table has no caption: it still counts, and a reference reads "Table 2".
			if (!directive.argument.isBlank()) {
				Element caption = new Element("caption", "");
				caption.appendChild(new CaptionNumber(block, CaptionNumber.Style.CAPTION, expansion.words));
				expansion.appendTitle(caption, directive);
				table.prependChild(caption);
			}
			if (table.getParent() != null) {
				table.unlink();
			}
			block.appendChild(table);
		}
		Expansion.moveChildren(rest, block);
		return block;
	}

	private static TableBlock firstTable(Node parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof TableBlock table) {
				return table;
			}
		}
		return null;
	}

	static int number(String value) {
		try {
			return Math.max(0, Math.min(100, Integer.parseInt(value.strip())));
		}
		catch (NumberFormatException notANumber) {
			return 0;
		}
	}
}
