package io.lectern.content.internal.search;

import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Writes the catalog into an in-memory Lucene index. Each lesson gives one document for its title
 * and summary, which links to the top of the lesson, and one per passage under a heading, which
 * links to that heading; search then keeps the best of them per lesson. A course's text goes into
 * the fields of its language ({@link SearchLanguage}), which the analyzer reads in that language.
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

	private LessonIndex() {
	}

	/**
	 * The index, for every document the number of its lesson (to keep one hit per lesson cheaply),
	 * and the languages its courses are written in.
	 */
	record Built(DirectoryReader reader, int[] lessonOfDocument, Set<SearchLanguage> languages) {
	}

	static Built build(Catalog catalog, Analyzer analyzer) {
		Directory directory = new ByteBuffersDirectory();
		List<Integer> lessonOfDocument = new ArrayList<>();
		Set<SearchLanguage> languages = EnumSet.noneOf(SearchLanguage.class);
		// One in-memory buffer big enough for any course: no flushes, so no segments to merge later.
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256).setUseCompoundFile(false);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			int number = 0;
			for (Course course : catalog.courses()) {
				SearchLanguage language = SearchLanguage.of(course.language());
				languages.add(language);
				for (Lesson lesson : course.pages()) {
					Document opening = document(course, lesson, "", "");
					opening.add(new TextField(language.field(TITLE), lesson.title(), Field.Store.NO));
					opening.add(new TextField(language.field(SUMMARY), lesson.summary(), Field.Store.YES));
					writer.addDocument(opening);
					lessonOfDocument.add(number);
					for (Passage passage : lesson.passages()) {
						Document part = document(course, lesson, passage.anchor(), passage.heading());
						part.add(new TextField(language.field(HEADING), passage.heading(), Field.Store.NO));
						part.add(new TextField(language.field(BODY), passage.text(), Field.Store.YES));
						part.add(new TextField(language.field(CODE), passage.code(), Field.Store.YES));
						writer.addDocument(part);
						lessonOfDocument.add(number);
					}
					number++;
				}
			}
			// One segment, so document numbers are the order of addition and never change.
			writer.forceMerge(1);
			writer.commit();
			return new Built(DirectoryReader.open(directory), lessonOfDocument.stream().mapToInt(Integer::intValue).toArray(),
					languages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the search index in memory", ex);
		}
	}

	private static Document document(Course course, Lesson lesson, String anchor, String heading) {
		Document document = new Document();
		document.add(new StoredField(COURSE, course.slug().value()));
		document.add(new StoredField(COURSE_TITLE, course.title()));
		document.add(new StoredField(LESSON, lesson.title()));
		document.add(new StoredField(LESSON_URL, lesson.url()));
		document.add(new StoredField(ANCHOR, anchor));
		document.add(new StoredField(HEADING + "Text", heading));
		return document;
	}
}
