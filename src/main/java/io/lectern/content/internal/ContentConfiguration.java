package io.lectern.content.internal;

import io.lectern.authoring.ContentProblem;
import io.lectern.content.Catalog;
import io.lectern.content.InvalidContentException;
import io.lectern.content.Search;
import io.lectern.content.internal.search.BackgroundSearch;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.ContentTree;
import io.lectern.content.internal.load.DirectoryTree;
import io.lectern.content.internal.load.LoadResult;
import io.lectern.content.internal.math.Formulas;
import io.lectern.diagrams.Diagrams;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Loads the catalog once at start-up; content is immutable while the portal runs. */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ContentConfiguration.class);

	@Bean
	Catalog catalog(ContentProperties properties, ResourcePatternResolver resolver, Formulas formulas) {
		ContentTree tree = properties.bundled() ? new ClasspathTree(resolver) : directory(properties.dir());
		String source = properties.bundled() ? "bundled with Lectern" : properties.dir();
		long started = System.nanoTime();
		LoadResult result = new CatalogLoader(formulas).load(tree);
		// A warning marks a page that still renders (a formula that does not parse): it is listed, never fatal.
		if (properties.strict() && result.problems().stream().anyMatch(ContentProblem::isError)) {
			throw new InvalidContentException(source, result.problems());
		}
		result.problems()
			.forEach(problem -> log.warn("{}: {}", problem.isError() ? "Skipped" : "Warning", problem));
		log.info("Loaded {} course(s), {} lesson(s) from the content folder {} in {} ms",
				result.catalog().courses().size(), result.catalog().lessonCount(), source,
				(System.nanoTime() - started) / 1_000_000);
		return result.catalog();
	}

	/** Formulas are rendered once and kept in the data folder, so a restart renders only new ones. */
	@Bean
	Formulas formulas(@Value("${lectern.data.dir:./data}") String dataDir) {
		return Formulas.cachedIn(Path.of(dataDir, "math-cache"));
	}

	/** The search index, built once from the rendered lessons, beside start-up rather than in its way. */
	@Bean
	Search search(Catalog catalog) {
		return new BackgroundSearch(catalog);
	}

	/** The diagrams lessons were drawn with, for the pages that draw them on request. */
	@Bean
	Diagrams diagrams(Catalog catalog) {
		return catalog.diagrams();
	}

	private static ContentTree directory(String dir) {
		Path path = Path.of(dir);
		if (!Files.isDirectory(path)) {
			throw new IllegalStateException("The content folder " + path.toAbsolutePath()
					+ " does not exist; set lectern.content.dir (LECTERN_CONTENT_DIR) to a folder of courses");
		}
		return new DirectoryTree(path);
	}
}
