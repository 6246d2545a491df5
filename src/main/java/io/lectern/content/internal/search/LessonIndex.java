package io.lectern.content.internal.search;

import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The lessons in an in-memory Lucene index, kept in step with the courses lesson by lesson. Each
 * lesson gives one document for its title and summary, which links to the top of the lesson, and
 * one per passage under a heading, which links to that heading; all carry the lesson's file (its
 * key: a lesson changed is replaced, one gone deleted, without touching the others) and a number
 * that search keeps the best document per lesson by. A course's text goes into the fields of its
 * language ({@link SearchLanguage}). Searches read a snapshot, which an update replaces when done.
 */
final class LessonIndex {

	static final String TITLE = "title";
	static final String SUMMARY = "summary";
	static final String HEADING = "heading";
	static final String BODY = "body";
	static final String CODE = "code";

	static final String COURSE = "course";
	static final String COURSE_TITLE = "courseTitle";
	static final String LESSON = "lesson";
	static final String LESSON_URL = "lessonUrl";
	static final String ANCHOR = "anchor";

	private static final String KEY = "lessonFile";
	private static final String NUMBER = "lessonNumber";

	private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final Map<String, Indexed> indexed = new HashMap<>();
	private final Map<String, Integer> numbers = new HashMap<>();
	private int nextNumber;
	private volatile Set<SearchLanguage> languages = Set.of();

	/** Everything a lesson gives the index: when it is the same after a reload, nothing is indexed again. */
	private record Indexed(String courseSlug, String courseTitle, SearchLanguage language, String title, String summary,
			String url, List<Passage> passages) {

		static Indexed of(Course course, Lesson lesson) {
			return new Indexed(course.slug().value(), course.title(), SearchLanguage.of(course.language()), lesson.title(),
					lesson.summary(), lesson.url(), lesson.passages());
		}
	}

	private LessonIndex() throws IOException {
		// One in-memory buffer big enough for any course: the first build makes one segment, not many to merge.
		IndexWriterConfig config = new IndexWriterConfig(analyzers).setRAMBufferSizeMB(256).setUseCompoundFile(false);
		writer = new IndexWriter(new ByteBuffersDirectory(), config);
		searchers = new SearcherManager(writer, null);
	}

	static LessonIndex of(List<Course> courses) {
		try {
			LessonIndex index = new LessonIndex();
			index.update(courses);
			return index;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the search index in memory", ex);
		}
	}

	/**
	 * Indexes again the lessons of {@code courses} whose indexed text, address or course changed,
	 * adds the new ones and deletes those gone; searches see all of it at once, when it is done.
	 *
	 * @return how many lessons were indexed again, added or deleted
	 */
	synchronized int update(List<Course> courses) throws IOException {
		Map<String, Indexed> now = new LinkedHashMap<>();
		courses.forEach(course -> course.pages().forEach(lesson -> now.put(lesson.source(), Indexed.of(course, lesson))));
		List<String> gone = new ArrayList<>(indexed.keySet());
		gone.removeAll(now.keySet());
		for (String file : gone) {
			writer.deleteDocuments(new Term(KEY, file));
			indexed.remove(file);
			numbers.remove(file);
		}
		int changed = gone.size();
		for (Map.Entry<String, Indexed> lesson : now.entrySet()) {
			if (!lesson.getValue().equals(indexed.get(lesson.getKey()))) {
				int number = numbers.computeIfAbsent(lesson.getKey(), file -> nextNumber++);
				writer.updateDocuments(new Term(KEY, lesson.getKey()), documents(lesson.getKey(), number, lesson.getValue()));
				indexed.put(lesson.getKey(), lesson.getValue());
				changed++;
			}
		}
		Set<SearchLanguage> written = EnumSet.noneOf(SearchLanguage.class);
		now.values().forEach(lesson -> written.add(lesson.language()));
		if (changed > 0) {
			searchers.maybeRefreshBlocking();
		}
		languages = Set.copyOf(written);
		return changed;
	}

	/** The languages the indexed courses are written in. */
	Set<SearchLanguage> languages() {
		return languages;
	}

	LanguageAnalyzers analyzers() {
		return analyzers;
	}

	/** Lucene's work on the snapshot of the index searches see now. */
	interface Work<T> {
		T on(IndexSearcher searcher) throws IOException;
	}

	<T> T search(Work<T> work) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			return work.on(searcher);
		}
		finally {
			searchers.release(searcher);
		}
	}

	/** The number of the lesson a document of {@code searcher}'s belongs to. */
	static int lessonOf(IndexSearcher searcher, int document) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(document, leaves));
		return lessonOf(leaf.reader().getNumericDocValues(NUMBER), document - leaf.docBase);
	}

	/** The number of the lesson of a document in one segment, given the segment's numbers, read forward. */
	static int lessonOf(NumericDocValues lessonNumbers, int documentInSegment) throws IOException {
		if (!lessonNumbers.advanceExact(documentInSegment)) {
			throw new IllegalStateException("Every document of the search index has its lesson's number");
		}
		return (int) lessonNumbers.longValue();
	}

	static NumericDocValues lessonNumbers(LeafReaderContext leaf) throws IOException {
		return leaf.reader().getNumericDocValues(NUMBER);
	}

	private static List<Document> documents(String file, int number, Indexed lesson) {
		SearchLanguage language = lesson.language();
		List<Document> documents = new ArrayList<>();
		Document opening = document(file, number, lesson, "", "");
		opening.add(new TextField(language.field(TITLE), lesson.title(), Field.Store.NO));
		opening.add(new TextField(language.field(SUMMARY), lesson.summary(), Field.Store.YES));
		documents.add(opening);
		for (Passage passage : lesson.passages()) {
			Document part = document(file, number, lesson, passage.anchor(), passage.heading());
			part.add(new TextField(language.field(HEADING), passage.heading(), Field.Store.NO));
			part.add(new TextField(language.field(BODY), passage.text(), Field.Store.YES));
			part.add(new TextField(language.field(CODE), passage.code(), Field.Store.YES));
			documents.add(part);
		}
		return documents;
	}

	private static Document document(String file, int number, Indexed lesson, String anchor, String heading) {
		Document document = new Document();
		document.add(new StringField(KEY, file, Field.Store.NO));
		document.add(new NumericDocValuesField(NUMBER, number));
		document.add(new StoredField(COURSE, lesson.courseSlug()));
		document.add(new StoredField(COURSE_TITLE, lesson.courseTitle()));
		document.add(new StoredField(LESSON, lesson.title()));
		document.add(new StoredField(LESSON_URL, lesson.url()));
		document.add(new StoredField(ANCHOR, anchor));
		document.add(new StoredField(HEADING + "Text", heading));
		return document;
	}
}
