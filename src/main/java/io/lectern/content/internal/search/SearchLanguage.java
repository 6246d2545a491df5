package io.lectern.content.internal.search;

import io.lectern.content.CourseLanguage;
import java.util.Arrays;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * The languages search reads with their own analyzer: stemming (German "Schlüssel" finds
 * "Schlüsseln", French "clé" finds "clés"), stop words, and for Japanese Kuromoji's morphology,
 * which finds words in sentences written without spaces. A course in any other language is read
 * as English, as every course was before. Each language has fields of its own in the one index,
 * so that a lesson's words are analysed, and a query matched against them, in its course's language.
 */
enum SearchLanguage {

	ENGLISH("en", EnglishAnalyzer::new), GERMAN("de", GermanAnalyzer::new), FRENCH("fr", FrenchAnalyzer::new),
	SPANISH("es", SpanishAnalyzer::new), PORTUGUESE("pt", PortugueseAnalyzer::new), JAPANESE("ja", JapaneseAnalyzer::new),
	ARABIC("ar", ArabicAnalyzer::new);

	private final String code;
	private final Supplier<Analyzer> analyzer;

	SearchLanguage(String code, Supplier<Analyzer> analyzer) {
		this.code = code;
		this.analyzer = analyzer;
	}

	static SearchLanguage of(CourseLanguage language) {
		return Arrays.stream(values()).filter(known -> known.code.equals(language.language())).findFirst().orElse(ENGLISH);
	}

	/** The language a field of the index is written in, from its name ({@link #field}). */
	static SearchLanguage ofField(String name) {
		return Arrays.stream(values()).filter(known -> known != ENGLISH && name.endsWith("_" + known.code)).findFirst()
			.orElse(ENGLISH);
	}

	/** The name of a field in this language: English keeps the plain names ({@code body}), others add theirs ({@code body_de}). */
	String field(String base) {
		return this == ENGLISH ? base : base + "_" + code;
	}

	String[] fields(String... bases) {
		return Arrays.stream(bases).map(this::field).toArray(String[]::new);
	}

	Analyzer newAnalyzer() {
		return analyzer.get();
	}
}
