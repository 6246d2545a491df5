package io.lectern.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page as GitHub shows it, for checking links: its headings' anchors and its links,
 * leaving out what sits in code (fenced blocks and code spans), where a link is only an example.
 */
record MarkdownPage(Set<String> anchors, List<Link> links) {

	/** A relative link: a path (empty for the page itself) and perhaps an anchor. */
	record Link(int line, String target, String path, Optional<String> anchor) {
	}

	private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");
	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
	private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	static MarkdownPage read(Path file) throws IOException {
		Set<String> anchors = new HashSet<>();
		Map<String, Integer> seen = new HashMap<>();
		List<Link> links = new ArrayList<>();
		String fence = null;
		int number = 0;
		for (String line : Files.readAllLines(file)) {
			number++;
			Matcher fenced = FENCE.matcher(line);
			if (fence != null) {
				if (fenced.find() && fenced.group(1).charAt(0) == fence.charAt(0) && fenced.group(1).length() >= fence.length()
						&& line.strip().length() == fenced.group(1).length()) {
					fence = null;
				}
				continue;
			}
			if (fenced.find()) {
				fence = fenced.group(1);
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				String anchor = anchor(heading.group(1));
				int repeats = seen.merge(anchor, 1, Integer::sum) - 1;
				anchors.add(repeats == 0 ? anchor : anchor + "-" + repeats);
			}
			Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
			while (link.find()) {
				String target = link.group(1);
				if (SCHEME.matcher(target).find()) {
					continue;
				}
				int hash = target.indexOf('#');
				links.add(hash < 0 ? new Link(number, target, target, Optional.empty())
						: new Link(number, target, target.substring(0, hash), Optional.of(target.substring(hash + 1))));
			}
		}
		return new MarkdownPage(anchors, links);
	}

	/** GitHub's anchor for a heading: its text in lower case, without punctuation, spaces as dashes. */
	static String anchor(String heading) {
		String text = CODE_SPAN.matcher(heading).replaceAll("$2")
			.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
			.toLowerCase(Locale.ROOT);
		return text.replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
	}
}
