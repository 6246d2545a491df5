package io.lectern.content.internal.load;

import io.lectern.content.internal.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The outline mystmd makes of files where no table of contents orders them (a project without a
 * {@code toc}, a {@code pattern} entry): a folder's files first, its index page leading, then each
 * sub-folder as a sub-section titled after it, everything in natural name order.
 */
final class FolderOutline {

	/** The names mystmd takes for a folder's opening page, in its order of preference. */
	private static final List<String> INDEX_NAMES = List.of("index", "readme", "main");

	private FolderOutline() {
	}

	/**
	 * @param base the folder the files are listed from, as a content path ({@code ""} for the top)
	 * @param files content paths beneath {@code base}
	 */
	static List<CoursePlan.Item> items(String base, List<String> files, Function<String, CoursePlan.Entry> entry) {
		String prefix = base.isEmpty() ? "" : base + "/";
		List<String> own = new ArrayList<>();
		TreeMap<String, List<String>> folders = new TreeMap<>(Globs.NATURAL);
		for (String file : files) {
			String rest = file.substring(prefix.length());
			int slash = rest.indexOf('/');
			if (slash < 0) {
				own.add(file);
			}
			else {
				folders.computeIfAbsent(rest.substring(0, slash), folder -> new ArrayList<>()).add(file);
			}
		}
		List<CoursePlan.Item> items = new ArrayList<>();
		own.stream()
			.sorted(Comparator.comparingInt(FolderOutline::indexRank)
				.thenComparingInt(path -> NotebookReader.isNotebook(path) ? 1 : 0)
				.thenComparing(FolderOutline::name, Globs.NATURAL))
			.map(entry)
			.forEach(items::add);
		folders.forEach((folder, inside) -> items
			.add(new CoursePlan.Part(title(folder), items(prefix + folder, inside, entry))));
		return items;
	}

	/** A folder's name as mystmd titles it: a leading number dropped, words split at hyphens and underscores. */
	static String title(String folder) {
		return Slugs.titleFromName(folder.replaceFirst("^\\d+[-_. ]+(?=\\D)", ""));
	}

	private static int indexRank(String path) {
		int rank = INDEX_NAMES.indexOf(Slugs.withoutExtension(name(path)).toLowerCase(Locale.ROOT));
		return rank < 0 ? INDEX_NAMES.size() : rank;
	}

	private static String name(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
