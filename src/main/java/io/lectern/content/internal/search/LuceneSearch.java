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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
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
 * counts most, then headings and the summary, then prose, and code least. Thread-safe: an index
 * never changes; a reload builds a new one.
 */
public final class LuceneSearch implements Search {

	/** Documents to score before keeping the best per lesson: enough for any real course. */
	private static final int CANDIDATES = 200;
	private static final int LESSONS_SHOWN = 20;

	private final Map<SearchLanguage, Analyzer> analyzers;
	private final QueryReading reading;
	private final IndexSearcher searcher;
	private final UnifiedHighlighter highlighter;
	private final int[] lessonOfDocument;

	private LuceneSearch(LessonIndex.Built index, Map<SearchLanguage, Analyzer> analyzers, Analyzer byField) {
		this.analyzers = new EnumMap<>(analyzers);
		this.analyzers.keySet().retainAll(index.languages());
		this.reading = new QueryReading(this.analyzers);
		this.lessonOfDocument = index.lessonOfDocument();
		this.searcher = new IndexSearcher(index.reader());
		this.highlighter = UnifiedHighlighter.builder(searcher, byField)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxNoHighlightPassages(1)
			.build();
	}

	public static LuceneSearch of(Catalog catalog) {
		Map<SearchLanguage, Analyzer> analyzers = new EnumMap<>(SearchLanguage.class);
		Map<String, Analyzer> byField = new HashMap<>();
		// Only the languages the courses are written in: Kuromoji's dictionary is loaded only for a Japanese course.
		Set<SearchLanguage> used = EnumSet.of(SearchLanguage.ENGLISH);
		catalog.courses().forEach(course -> used.add(SearchLanguage.of(course.language())));
		for (SearchLanguage language : used) {
			Analyzer analyzer = language.newAnalyzer();
			analyzers.put(language, analyzer);
			for (String field : language.fields(QueryReading.FIELDS)) {
				byField.put(field, analyzer);
			}
		}
		Analyzer fields = new PerFieldAnalyzerWrapper(analyzers.get(SearchLanguage.ENGLISH), byField);
		return new LuceneSearch(LessonIndex.build(catalog, fields), analyzers, fields);
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
		try {
			return results(typed, parsed, notice);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The in-memory search index failed", ex);
		}
	}

	private SearchResults results(String typed, Query query, Optional<String> notice) throws IOException {
		TopDocs top = searcher.search(query, CANDIDATES);
		BitSet seen = new BitSet();
		List<ScoreDoc> best = new ArrayList<>();
		for (ScoreDoc hit : top.scoreDocs) {
			int lesson = lessonOfDocument[hit.doc];
			if (!seen.get(lesson) && best.size() < LESSONS_SHOWN) {
				best.add(hit);
			}
			seen.set(lesson);
		}
		int total = top.totalHits.value > top.scoreDocs.length ? LessonCount.matching(searcher, query, lessonOfDocument)
				: seen.cardinality();
		TopDocs shown = new TopDocs(top.totalHits, best.toArray(ScoreDoc[]::new));
		// Each lesson has the fields of its own language only; the others give it no snippet.
		List<String> snippetFields = new ArrayList<>();
		analyzers.keySet().forEach(language -> snippetFields.addAll(List.of(language.fields(BODY, CODE, SUMMARY))));
		int[] passages = new int[snippetFields.size()];
		Arrays.fill(passages, 1);
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
