package io.lectern.content.internal.render.myst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * sphinx-panels, which Jupyter Book 0.7 to 0.12 shipped and which books of those years still use
 * where sphinx-design came later: {@code panels} (cards side by side, one after each {@code ---}
 * line, each with its {@code ^^^} header and {@code +++} footer) and {@code tabbed} (adjacent ones
 * make one set of tabs, {@code :new-group:} starts another). Each is read as the sphinx-design
 * directive it became: a {@code grid} of {@code card}s, and a {@code tab-set}.
 */
final class SphinxPanels {

	private static final Pattern PANEL_BREAK = Pattern.compile("^-{3,}\\s*$");
	/** A panel's own options, which open it: {@code :column:}, {@code :card:}, {@code :header:}... */
	private static final Pattern PANEL_OPTION = Pattern.compile("^:[a-z-]+:.*$");
	/** Bootstrap's width of a column in twelfths: {@code col-lg-4}, {@code col-md-6}, {@code col-4}. */
	private static final Pattern COLUMN = Pattern.compile("\\bcol(?:-(xs|sm|md|lg|xl))?-(\\d{1,2})\\b");
	private static final Pattern COLON_RUN = Pattern.compile("^\\s*(:{3,})", Pattern.MULTILINE);
	private static final String[] SIZES = { "xs", "sm", "md", "lg" };

	private SphinxPanels() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("panels", DirectiveKind.verbatim(SphinxPanels::panels));
		kinds.put("tabbed", DirectiveKind.titled(SphinxPanels::tabbed));
	}

	/**
	 * The panels as the grid and cards sphinx-design writes them, in Markdown parsed as the lesson
	 * is: fences of colons longer than any in the panels themselves, so nothing in them closes one.
	 */
	private static Node panels(Directive directive, Expansion expansion) {
		List<List<String>> panels = new ArrayList<>();
		panels.add(new ArrayList<>());
		for (String line : directive.body().lines().toList()) {
			if (PANEL_BREAK.matcher(line).matches()) {
				panels.add(new ArrayList<>());
			}
			else {
				panels.get(panels.size() - 1).add(line);
			}
		}
		int longest = 2;
		Matcher run = COLON_RUN.matcher(directive.body());
		while (run.find()) {
			longest = Math.max(longest, run.group(1).length());
		}
		String card = ":".repeat(longest + 1);
		String grid = ":".repeat(longest + 2);
		StringBuilder markdown = new StringBuilder(grid).append("{grid} ").append(columns(directive.option("column"))).append('\n');
		for (List<String> panel : panels) {
			List<String> lines = new ArrayList<>(panel);
			while (!lines.isEmpty() && (lines.get(0).isBlank() || PANEL_OPTION.matcher(lines.get(0)).matches())) {
				lines.remove(0);
			}
			if (lines.stream().allMatch(String::isBlank)) {
				continue;
			}
			markdown.append(card).append("{card}\n").append(String.join("\n", lines)).append('\n').append(card).append('\n');
		}
		markdown.append(grid).append('\n');
		Fragment built = new Fragment();
		expansion.appendBlocks(built, markdown.toString(), directive.bodyLine());
		return built;
	}

	/**
	 * sphinx-panels' default is half the width from small screens up, a whole one on phones; a
	 * {@code :column:} of Bootstrap widths gives the panels per row from each size it names.
	 */
	private static String columns(String classes) {
		Integer[] named = new Integer[SIZES.length];
		Matcher width = COLUMN.matcher(classes);
		while (width.find()) {
			int twelfths = Math.max(1, Math.min(12, Integer.parseInt(width.group(2))));
			named[width.group(1) == null ? 0 : Math.max(0, List.of(SIZES).indexOf(width.group(1)))] =
					Math.max(1, Math.min(6, 12 / twelfths));
		}
		// A width holds from its size up, until a wider size names its own; the option replaces the
		// default whole, so below the narrowest size it names a panel is as wide as the row, as in Bootstrap.
		boolean any = Arrays.stream(named).anyMatch(Objects::nonNull);
		int[] perRow = any ? new int[] { 1, 1, 1, 1 } : new int[] { 1, 2, 2, 2 };
		for (int i = 0; i < SIZES.length; i++) {
			if (named[i] != null) {
				for (int j = i; j < SIZES.length; j++) {
					perRow[j] = named[i];
				}
			}
		}
		return perRow[0] + " " + perRow[1] + " " + perRow[2] + " " + perRow[3];
	}

	/** A tab, joined to the set of the {@code tabbed} right before it unless it starts a new group. */
	private static Node tabbed(Directive directive, Expansion expansion) {
		Node tab = Tabs.item(directive, expansion);
		if (directive.getPrevious() instanceof Element previous && previous.attributes.getOrDefault("class", "").contains("tabbed")
				&& !directive.options().containsKey("new-group")) {
			previous.appendChild(tab);
			return null;
		}
		Element set = new Element("div", "tab-set tabbed");
		set.appendChild(tab);
		return set;
	}
}
