package io.lectern.content.internal.search;

import java.io.IOException;
import java.util.BitSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts the lessons with any matching document, when there are more matches than are ranked. */
final class LessonCount extends SimpleCollector {

	private final int[] lessonOfDocument;
	private final BitSet lessons = new BitSet();
	private int base;

	private LessonCount(int[] lessonOfDocument) {
		this.lessonOfDocument = lessonOfDocument;
	}

	static int matching(IndexSearcher searcher, Query query, int[] lessonOfDocument) throws IOException {
		LessonCount count = new LessonCount(lessonOfDocument);
		searcher.search(query, count);
		return count.lessons.cardinality();
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) {
		base = context.docBase;
	}

	@Override
	public void collect(int doc) {
		lessons.set(lessonOfDocument[base + doc]);
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}
}
