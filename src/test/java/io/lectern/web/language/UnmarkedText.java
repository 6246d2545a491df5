package io.lectern.web.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * What a page in the marker language en-XA says outside the markers ⟦…⟧, page by page: interface
 * text that did not come from the bundles. Left out are the author's content (inside the given
 * elements, or words found in the bundled course's and diagrams' own files), the names people gave themselves,
 * numbers, dates and punctuation.
 */
final class UnmarkedText {

	private static final Pattern MARKED = Pattern.compile("⟦[^⟦⟧]*⟧");

	private static final Pattern NOT_WORDS = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]*");

	private static String authoredText;

	private final String content;

	private final Set<String> names;

	final Map<String, List<String>> byPage = new TreeMap<>();

	/**
	 * @param content a CSS selector of the elements whose text is the author's or a person's, not the interface's
	 * @param names people's names and usernames the pages show
	 */
	UnmarkedText(String content, Set<String> names) {
		this.content = content;
		this.names = names;
	}

	void check(String path, String html) {
		// A message may hold markup (a link inside a sentence): take marked text out of the page's
		// source before parsing, so the words inside its elements count as marked too.
		String unmarkedHtml = html;
		for (String before = null; !unmarkedHtml.equals(before);) {
			before = unmarkedHtml;
			unmarkedHtml = MARKED.matcher(unmarkedHtml).replaceAll(" ");
		}
		Document page = Jsoup.parse(unmarkedHtml);
		if (!Jsoup.parse(html).selectFirst("html").attr("lang").equals("en-XA")) {
			byPage.put(path, List.of("not a page in en-XA: " + html.substring(0, Math.min(200, html.length()))));
			return;
		}
		page.select(content).remove();
		page.select("script, style, svg, noscript").remove();
		List<String> left = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			for (TextNode text : element.textNodes()) {
				leftOver(text.getWholeText()).ifPresent(left::add);
			}
			for (String attribute : List.of("title", "aria-label", "placeholder", "alt", "data-unsaved-warning", "content")) {
				if (element.hasAttr(attribute) && !(attribute.equals("content") && !"description".equals(element.attr("name")))) {
					leftOver(element.attr(attribute)).ifPresent(left::add);
				}
			}
		}
		if (!left.isEmpty()) {
			byPage.put(path, left);
		}
	}

	/** The words of a text that no message wrapped and that are not the author's, a person's or numbers. */
	private Optional<String> leftOver(String text) {
		String rest = text;
		for (String before = null; !rest.equals(before);) {
			before = rest;
			rest = MARKED.matcher(rest).replaceAll(" ");
		}
		for (String name : names) {
			rest = rest.replace(name, " ");
		}
		rest = rest.replace("Lectern", " ").replaceAll("\\s+", " ").strip();
		if (NOT_WORDS.matcher(rest).matches()) {
			return Optional.empty();
		}
		for (String part : rest.split("\\s*[·|⟦⟧]\\s*")) {
			String words = part.strip();
			if (!NOT_WORDS.matcher(words).matches() && !authored(words)) {
				return Optional.of(words);
			}
		}
		return Optional.empty();
	}

	/** Whether these words appear in the bundled course's or diagrams' own files: titles, summaries, topics, services. */
	private static boolean authored(String words) {
		if (authoredText == null) {
			try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/content")),
					Files.walk(Path.of("src/main/resources/diagrams")))) {
				authoredText = files.filter(Files::isRegularFile).map(file -> {
					try {
						return Files.readString(file, StandardCharsets.UTF_8);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}).collect(Collectors.joining("\n")).replaceAll("\\s+", " ");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return authoredText.contains(words);
	}
}
