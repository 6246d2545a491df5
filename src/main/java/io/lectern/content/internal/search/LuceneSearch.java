package io.lectern.content.internal.search;

import static io.lectern.content.internal.search.LessonIndex.ANCHOR;
import static io.lectern.content.internal.search.LessonIndex.BODY;
import static io.lectern.content.internal.search.LessonIndex.CODE;
import static io.lectern.content.internal.search.LessonIndex.COURSE;
import static io.lectern.content.internal.search.LessonIndex.COURSE_TITLE;
import static io.lectern.content.internal.search.LessonIndex.HEADING;
import static io.lectern.content.internal.search.LessonIndex.LESSON;
import static io.lectern.content.internal.search.LessonIndex.LESSON_URL;
import static io.lectern.content.internal.search.LessonIndex.SUMMARY;

import io.lectern.authoring.CourseSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Search;
import io.lectern.content.SearchResults;
import io.lectern.content.SearchResults.CourseHits;
import io.lectern.content.SearchResults.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lesson search with Lucene, in memory. Each course is read in its own language (stemming, so any
 * form of a word finds the others; Kuromoji for Japanese), and a query is read in each language the
 * catalog holds and matched against the courses in that language; every word must match; a title
 * counts most, then headings and the summary, then prose, and code least. Thread-safe: a search
 * reads one snapshot of the index, and a reload's {@link #update} makes the next one.
 */
public final class LuceneSearch implements Search {

	/** Documents to score before keeping the best per lesson: enough for any real course. */
	private static final int CANDIDATES = 200;
	private static final int LESSONS_SHOWN = 20;

	private final LessonIndex index;

	private LuceneSearch(LessonIndex index) {
		this.index = index;
	}

	public static LuceneSearch of(Catalog catalog) {
		return new LuceneSearch(LessonIndex.of(catalog.courses()));
	}

	/**
	 * Brings the index in step with the courses {@code catalog} serves now, indexing again only the
	 * lessons that changed, were added or are gone.
	 *
	 * @return how many lessons that was
	 */
	public int update(Catalog catalog) {
		try {
			return index.update(catalog.courses());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot update the search index in memory", ex);
		}
	}

	@Override
	public SearchResults find(String query) {
		String typed = query == null ? "" : query.strip();
		if (typed.length() > MAX_QUERY_LENGTH) {
			throw new IllegalArgumentException("Search for at most " + MAX_QUERY_LENGTH + " characters.");
		}
		if (typed.isEmpty()) {
			return SearchResults.none(typed, "search.notice.empty");
		}
		// Only the languages the courses are written in: Kuromoji's dictionary is loaded only for a Japanese course.
		Map<SearchLanguage, Analyzer> analyzers = new EnumMap<>(SearchLanguage.class);
		index.languages().forEach(language -> analyzers.put(language, index.analyzers().of(language)));
		QueryReading reading = new QueryReading(analyzers);
		Optional<String> notice = Optional.empty();
		Query parsed;
		try {
			parsed = reading.read(typed);
		}
		catch (ParseException | IllegalArgumentException unusable) {
			notice = Optional.of("search.notice.plainText");
			try {
				parsed = reading.read(QueryParser.escape(typed));
			}
			catch (ParseException stillUnusable) {
				return SearchResults.none(typed, "search.notice.unusable");
			}
		}
		Query read = parsed;
		Optional<String> readAs = notice;
		try {
			return index.search(searcher -> results(searcher, analyzers.keySet(), typed, read, readAs));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The in-memory search index failed", ex);
		}
	}

	private SearchResults results(IndexSearcher searcher, Set<SearchLanguage> languages, String typed, Query query,
			Optional<String> notice) throws IOException {
		TopDocs top = searcher.search(query, CANDIDATES);
		BitSet seen = new BitSet();
		List<ScoreDoc> best = new ArrayList<>();
		for (ScoreDoc hit : top.scoreDocs) {
			int lesson = LessonIndex.lessonOf(searcher, hit.doc);
			if (!seen.get(lesson) && best.size() < LESSONS_SHOWN) {
				best.add(hit);
			}
			seen.set(lesson);
		}
		int total = top.totalHits.value > top.scoreDocs.length ? LessonCount.matching(searcher, query)
				: seen.cardinality();
		TopDocs shown = new TopDocs(top.totalHits, best.toArray(ScoreDoc[]::new));
		// Each lesson has the fields of its own language only; the others give it no snippet.
		List<String> snippetFields = new ArrayList<>();
		languages.forEach(language -> snippetFields.addAll(List.of(language.fields(BODY, CODE, SUMMARY))));
		int[] passages = new int[snippetFields.size()];
		Arrays.fill(passages, 1);
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzers())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxNoHighlightPassages(1)
			.build();
		Map<String, String[]> snippets = highlighter.highlightFields(snippetFields.toArray(String[]::new), query, shown,
				passages);
		Map<String, List<Hit>> hitsByCourse = new LinkedHashMap<>();
		Map<String, String> courseTitles = new LinkedHashMap<>();
		StoredFields stored = searcher.storedFields();
		for (int i = 0; i < best.size(); i++) {
			Document document = stored.document(best.get(i).doc);
			String anchor = document.get(ANCHOR);
			String url = document.get(LESSON_URL) + (anchor.isEmpty() ? "" : "#" + anchor);
			int at = i;
			String snippet = firstOf(snippetFields.stream().map(field -> snippets.get(field)[at]).toArray(String[]::new));
			courseTitles.putIfAbsent(document.get(COURSE), document.get(COURSE_TITLE));
			hitsByCourse.computeIfAbsent(document.get(COURSE), course -> new ArrayList<>())
				.add(new Hit(document.get(LESSON), document.get(HEADING + "Text"), url, snippet));
		}
		List<CourseHits> courses = new ArrayList<>();
		hitsByCourse.forEach((slug, hits) -> courses.add(new CourseHits(CourseSlug.of(slug), courseTitles.get(slug), hits)));
		Optional<String> none = total == 0 ? Optional.of("search.notice.none") : Optional.empty();
		return new SearchResults(typed, notice.or(() -> none), courses, total);
	}

	/** The first snippet with a match in it, or else the first with any text (the opening of the body). */
	private static String firstOf(String... snippets) {
		for (String snippet : snippets) {
			if (snippet != null && snippet.contains("<mark>")) {
				return snippet;
			}
		}
		for (String snippet : snippets) {
			if (snippet != null && !snippet.isBlank()) {
				return snippet;
			}
		}
		return "";
	}
}
