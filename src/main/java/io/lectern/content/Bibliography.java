package io.lectern.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The references a course's BibTeX files hold (mystmd's {@code project.bibliography}, Jupyter Book's
 * {@code bibtex_bibfiles}), for {@code {cite}} roles to name by key.
 */
public record Bibliography(Map<String, Entry> entries) {

	public static final Bibliography NONE = new Bibliography(Map.of());

	public Bibliography {
		entries = new LinkedHashMap<>(entries);
	}

	/** The entry a citation key names; keys are compared as BibTeX compares them, without regard to case. */
	public Optional<Entry> find(String key) {
		Optional<Entry> named = entries.values().stream().filter(entry -> entry.key().equalsIgnoreCase(key)).findFirst();
		if (named.isPresent()) {
			return named;
		}
		// mystmd cites a DOI directly, @https://doi.org/10.1109/MCSE.2021.3059263, and takes the entry that has it.
		String doi = doiOf(key);
		return doi.isEmpty() ? Optional.empty()
				: entries.values().stream().filter(entry -> doiOf(entry.doi()).equalsIgnoreCase(doi)).findFirst();
	}

	/** The DOI itself, {@code 10.x/y}, out of a DOI or its address; empty for anything else. */
	private static String doiOf(String written) {
		String doi = written.strip().replaceFirst("^(?i)(https?://)?(dx\\.)?doi\\.org/", "").replaceFirst("^(?i)doi:", "");
		return doi.startsWith("10.") && doi.contains("/") ? doi : "";
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/**
	 * One BibTeX entry, its field names in lower case and its values as plain text (braces and the
	 * common TeX escapes removed).
	 *
	 * @param type the entry type in lower case: {@code article}, {@code book}, {@code inproceedings}...
	 */
	public record Entry(String key, String type, Map<String, String> fields) {

		private static final Pattern AND = Pattern.compile("\\s+and\\s+");

		public Entry {
			fields = Map.copyOf(fields);
		}

		public String title() {
			return field("title");
		}

		/** Each author as "First Last", from BibTeX's "Last, First" or "First Last". */
		public List<String> authors() {
			List<String> authors = new ArrayList<>();
			for (String name : AND.split(field("author"))) {
				int comma = name.indexOf(',');
				String person = comma < 0 ? name : (name.substring(comma + 1).trim() + " " + name.substring(0, comma).trim());
				if (!person.isBlank()) {
					authors.add(person.trim());
				}
			}
			return List.copyOf(authors);
		}

		public String year() {
			return field("year");
		}

		/** Where it appeared: the journal, else the book of proceedings, else the publisher. */
		public String venue() {
			for (String name : List.of("journal", "booktitle", "publisher")) {
				if (!field(name).isEmpty()) {
					return field(name);
				}
			}
			return "";
		}

		public String url() {
			return field("url");
		}

		public String doi() {
			return field("doi");
		}

		/** A field's value, or {@code ""} when the entry has none. */
		public String field(String name) {
			return fields.getOrDefault(name, "");
		}
	}
}
