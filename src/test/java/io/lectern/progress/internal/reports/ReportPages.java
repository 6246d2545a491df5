package io.lectern.progress.internal.reports;

import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Reading instructor reports as a person would: table rows as the texts of their cells, CSV as lines. */
final class ReportPages {

	private static final Pattern CELL = Pattern.compile("(?s)<t([hd])\\b[^>]*>(.*?)</t\\1>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private ReportPages() {
	}

	/** A browser in which the configured admin is logged in. */
	static Browser admin(int port) {
		Browser admin = new Browser(port);
		admin.logIn(PortalTest.ADMIN, Browser.PASSWORD);
		return admin;
	}

	/** A browser in which a new learner with this display name has registered, and so is logged in. */
	static Browser learnerNamed(int port, String displayName) {
		Browser browser = new Browser(port);
		browser.register("learner-" + UUID.randomUUID().toString().substring(0, 13), displayName);
		return browser;
	}

	/** The learner id of the browser's learner, as their data download gives it. */
	static String learnerOf(Browser browser) {
		return browser.get("/me/data.json").body().replaceAll("(?s).*\"learnerId\":\"([^\"]+)\".*", "$1");
	}

	/** The texts of the cells of the body row whose first cell is {@code first}. */
	static List<String> row(String page, String first) {
		for (String row : body(page).split("<tr")) {
			List<String> cells = cells(row);
			if (!cells.isEmpty() && cells.get(0).equals(first)) {
				return cells;
			}
		}
		throw new AssertionError("No row starts with " + first);
	}

	/** The texts of the header cells. */
	static List<String> header(String page) {
		return cells(page.substring(page.indexOf("<thead>"), page.indexOf("</thead>")));
	}

	/** How many rows the table's body has. */
	static int rowCount(String page) {
		return body(page).split("<tr").length - 1;
	}

	static List<String> cells(String html) {
		List<String> cells = new ArrayList<>();
		Matcher cell = CELL.matcher(html);
		while (cell.find()) {
			cells.add(HtmlUtils.htmlUnescape(TAG.matcher(cell.group(2)).replaceAll("")).replaceAll("\\s+", " ").strip());
		}
		return cells;
	}

	/** The lines of a CSV file, without their CR LF ends. */
	static List<String> lines(String csv) {
		return Arrays.asList(csv.split("\r\n"));
	}

	/** Where in the file the line that starts with {@code start} is. */
	static int lineIndex(List<String> lines, String start) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(start)) {
				return i;
			}
		}
		throw new AssertionError("No line starts with " + start);
	}

	private static String body(String page) {
		return page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
	}
}
