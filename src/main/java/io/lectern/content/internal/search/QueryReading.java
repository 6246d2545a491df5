package io.lectern.content.internal.search;

import static io.lectern.content.internal.search.LessonIndex.BODY;
import static io.lectern.content.internal.search.LessonIndex.CODE;
import static io.lectern.content.internal.search.LessonIndex.HEADING;
import static io.lectern.content.internal.search.LessonIndex.SUMMARY;
import static io.lectern.content.internal.search.LessonIndex.TITLE;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * What a learner typed, read as a query in each language of the catalog, over that language's
 * fields, with every word required and a title weighing most and code least. Apart from
 * {@link LuceneSearch}, which runs the query and shapes the results, because the weights and the
 * reading in several languages are the search's policy, and the rest is Lucene's plumbing.
 */
final class QueryReading {

	static final String[] FIELDS = { TITLE, SUMMARY, HEADING, BODY, CODE };
	private static final Map<String, Float> BOOSTS = Map.of(TITLE, 8f, SUMMARY, 3f, HEADING, 3f, BODY, 1f, CODE, 0.4f);

	private final Map<SearchLanguage, Analyzer> analyzers;

	/** @param analyzers the analyzer of each language the index holds */
	QueryReading(Map<SearchLanguage, Analyzer> analyzers) {
		this.analyzers = analyzers;
	}

	/** The query as each language reads it: a lesson matches when its own language's reading does. */
	Query read(String typed) throws ParseException {
		BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
		for (Map.Entry<SearchLanguage, Analyzer> language : analyzers.entrySet()) {
			Query read = parser(language.getKey(), language.getValue()).parse(typed);
			if (read != null) {
				anyLanguage.add(read, BooleanClause.Occur.SHOULD);
			}
		}
		return anyLanguage.build();
	}

	/** Parsers are cheap and not thread-safe: one per query. */
	private static QueryParser parser(SearchLanguage language, Analyzer analyzer) {
		Map<String, Float> boosts = new HashMap<>();
		BOOSTS.forEach((field, boost) -> boosts.put(language.field(field), boost));
		MultiFieldQueryParser parser = new MultiFieldQueryParser(language.fields(FIELDS), analyzer, boosts);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		return parser;
	}
}
