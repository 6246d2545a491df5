package io.lectern.content.internal.render.myst;

import io.lectern.content.Bibliography;
import io.lectern.content.internal.render.LessonHtmlPolicy;
import io.lectern.content.internal.render.UrlSchemes;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The references a lesson cites, listed at its end as mystmd lists them, in author-year style:
 * the authors, the year, the title, where it appeared, and a link by DOI or URL when that is an
 * address on the web. Written from BibTeX files of the course, so it is escaped and passes the
 * lesson allowlist like any lesson HTML.
 */
final class ReferenceList {

	private static final Pattern AND = Pattern.compile("\\s+and\\s+");

	/** The order of sphinxcontrib-bibtex's default style: by the authors' surnames, then year, then title. */
	static final Comparator<Bibliography.Entry> ORDER = Comparator
		.comparing((Bibliography.Entry entry) -> names(entry).toLowerCase(Locale.ROOT))
		.thenComparing(Bibliography.Entry::year)
		.thenComparing(entry -> entry.title().toLowerCase(Locale.ROOT));

	private ReferenceList() {
	}

	/** The element id of an entry's line: the list is in the lesson's own page, so ids stay apart from labels. */
	static String idOf(Bibliography.Entry entry) {
		return "ref-" + Labels.idOf(entry.key());
	}

	/** A parenthetical citation's text, "Smith, 2020", "Smith and Jones, 2020" or "Smith et al., 2020". */
	static String authorYear(Bibliography.Entry entry) {
		String year = entry.year().isBlank() ? "n.d." : entry.year();
		return names(entry).isEmpty() ? year : names(entry) + ", " + year;
	}

	/** A citation in the text, as {@code @key} is: "Smith (2020)". */
	static String authorThenYear(Bibliography.Entry entry) {
		String year = entry.year().isBlank() ? "n.d." : entry.year();
		return names(entry).isEmpty() ? year : names(entry) + " (" + year + ")";
	}

	/** The list at a lesson's end, under its own heading. */
	static String html(Collection<Bibliography.Entry> entries) {
		return "<section class=\"references\"><h2>References</h2>" + entries(entries) + "</section>";
	}

	/** The entries alone, as a {@code {bibliography}} directive lists them under the author's heading. */
	static String entries(Collection<Bibliography.Entry> entries) {
		StringBuilder html = new StringBuilder("<ol class=\"references\">");
		for (Bibliography.Entry entry : entries) {
			html.append("<li id=\"").append(idOf(entry)).append("\">");
			List<String> authors = entry.authors();
			if (!authors.isEmpty()) {
				html.append(escape(String.join(", ", authors))).append(' ');
			}
			html.append('(').append(escape(entry.year().isBlank() ? "n.d." : entry.year())).append("). ");
			if (!entry.title().isBlank()) {
				html.append("<cite>").append(escape(entry.title())).append("</cite>. ");
			}
			if (!entry.venue().isBlank()) {
				html.append("<em>").append(escape(entry.venue())).append("</em>. ");
			}
			String address = address(entry);
			if (!address.isEmpty()) {
				html.append("<a href=\"").append(escape(address)).append("\">").append(escape(address)).append("</a>");
			}
			html.append("</li>");
		}
		return LessonHtmlPolicy.sanitize(html.append("</ol>").toString());
	}

	/** The entry's DOI as a doi.org address, else its URL; nothing that is not an address on the web. */
	private static String address(Bibliography.Entry entry) {
		String doi = entry.doi().strip();
		String address = doi.isEmpty() ? entry.url().strip()
				: UrlSchemes.hasScheme(doi) ? doi : "https://doi.org/" + doi.replace(" ", "%20");
		return UrlSchemes.isWebAddress(address) ? address : "";
	}

	/** The surnames a citation names: BibTeX's "Last, First" or the last word of "First Last". */
	private static String names(Bibliography.Entry entry) {
		List<String> surnames = AND.splitAsStream(entry.field("author").strip())
			.filter(name -> !name.isBlank())
			.map(ReferenceList::surname)
			.toList();
		return switch (surnames.size()) {
			case 0 -> "";
			case 1 -> surnames.get(0);
			case 2 -> surnames.get(0) + " and " + surnames.get(1);
			default -> surnames.get(0) + " et al.";
		};
	}

	private static String surname(String name) {
		int comma = name.indexOf(',');
		if (comma >= 0) {
			return name.substring(0, comma).strip();
		}
		String[] words = name.strip().split("\\s+");
		return words[words.length - 1];
	}

	private static String escape(String text) {
		return ReferenceTexts.escape(text);
	}
}
