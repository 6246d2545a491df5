package io.lectern.content.internal.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Reads each field in its own language ({@code body_de} in German, {@code body} in English), making
 * a language's analyzer the first time a field of it is written or read: Kuromoji's dictionary is
 * loaded only once a Japanese course is there, and a course that a reload turns Japanese needs no
 * new index.
 */
final class LanguageAnalyzers extends DelegatingAnalyzerWrapper {

	private final Map<SearchLanguage, Analyzer> made = new ConcurrentHashMap<>();

	LanguageAnalyzers() {
		super(PER_FIELD_REUSE_STRATEGY);
	}

	Analyzer of(SearchLanguage language) {
		return made.computeIfAbsent(language, SearchLanguage::newAnalyzer);
	}

	@Override
	protected Analyzer getWrappedAnalyzer(String fieldName) {
		return of(SearchLanguage.ofField(fieldName));
	}
}
