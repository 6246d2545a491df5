package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.Bibliography;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A course's bibliography, from the BibTeX files its project file names. */
final class Bibliographies {

	private Bibliographies() {
	}

	/**
	 * The entries of the files in order; a key already read keeps its first entry, as mystmd resolves
	 * them. A file that is missing, or an address elsewhere (never fetched), is a warning at the
	 * project file's line.
	 *
	 * @param dir the project folder the names are relative to
	 * @param names the files as the project file names them
	 */
	static Bibliography read(ContentTree tree, String dir, List<String> names, Set<String> paths, String config, int line,
			Problems problems) {
		Map<String, Bibliography.Entry> entries = new LinkedHashMap<>();
		for (String name : names) {
			String relative = name.replaceFirst("^\\./", "");
			String path = dir.isEmpty() ? relative : dir + "/" + relative;
			if (name.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
				problems.warning(config, line, "problem.bibliography.remote", name);
			}
			else if (!paths.contains(path)) {
				problems.warning(config, line, "problem.bibliography.missing", name);
			}
			else {
				BibtexReader.read(ContentFiles.text(tree, path), path, problems).forEach(entries::putIfAbsent);
			}
		}
		return new Bibliography(entries);
	}
}
