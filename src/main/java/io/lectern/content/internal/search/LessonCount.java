package io.lectern.content.internal.search;

import java.io.IOException;
import java.util.BitSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts the lessons with any matching document, when there are more matches than are ranked. */
final class LessonCount extends SimpleCollector {

	private final BitSet lessons = new BitSet();
	private NumericDocValues lessonNumbers;

	private LessonCount() {
	}

	static int matching(IndexSearcher searcher, Query query) throws IOException {
		LessonCount count = new LessonCount();
		searcher.search(query, count);
		return count.lessons.cardinality();
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) throws IOException {
		lessonNumbers = LessonIndex.lessonNumbers(context);
	}

	@Override
	public void collect(int doc) throws IOException {
		lessons.set(LessonIndex.lessonOf(lessonNumbers, doc));
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}
}
