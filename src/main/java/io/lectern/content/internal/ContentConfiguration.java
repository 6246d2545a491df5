package io.lectern.content.internal;

import io.lectern.content.AfterFirstPage;
import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.ProblemBoard;
import io.lectern.content.Catalog;
import io.lectern.content.Markdown;
import io.lectern.content.InvalidContentException;
import io.lectern.content.Search;
import io.lectern.content.internal.search.BackgroundSearch;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.RenderReuse;
import io.lectern.content.internal.load.ContentTree;
import io.lectern.content.internal.load.DirectoryTree;
import io.lectern.content.internal.load.LoadResult;
import io.lectern.content.internal.remote.RemoteImageFetcher;
import io.lectern.content.internal.math.Formulas;
import io.lectern.diagrams.Diagrams;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads the catalog at start-up, from a folder, the bundled course or a git repository's checkout,
 * and, when {@code lectern.content.watch} is on, again one course at a time as its files change.
 */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ContentConfiguration.class);

	private final Path dataDir;
	// Start-up and every reload render with the same settings, so a reload reuses what they rendered.
	private final RenderReuse renders = new RenderReuse();

	/** @param dataDir the portal's own files; copies of images from other sites go in {@code remote-images} */
	ContentConfiguration(@Value("${lectern.data.dir:./data}") Path dataDir) {
		this.dataDir = dataDir;
	}

	@Bean
	Catalog catalog(ContentProperties properties, ResourcePatternResolver resolver, ProblemBoard board,
			Formulas formulas, BackgroundTypesetting typesetting, ObjectProvider<GitContent> git) {
		GitContent fromGit = git.getIfAvailable();
		ContentTree tree = fromGit != null ? fromGit.checkOutAtStartUp()
				: properties.bundled() ? new ClasspathTree(resolver) : directory(properties.dir());
		String source = fromGit != null ? fromGit.description() : properties.bundled() ? "bundled with Lectern" : properties.dir();
		long started = System.nanoTime();
		LoadResult result = loader(properties, formulas, typesetting).load(tree);
		List<ContentProblem> problems = result.problems();
		Catalog catalog = result.catalog();
		// As Sphinx and MkDocs build with warnings: one imperfect line does not stop a portal, unless
		// the author asked for that.
		if (properties.strict() && !problems.isEmpty()) {
			throw new InvalidContentException(source, problems);
		}
		if (catalog.lessonCount() == 0 && problems.stream().anyMatch(ContentProblem::isError)) {
			throw new InvalidContentException(source, problems);
		}
		problems.forEach(problem -> log.warn("Content {}", problem));
		board.publish(ContentReloads.SOURCE, problems.stream()
			.map(problem -> ProblemBoard.Listed.atStartUp(problem, catalog.lessonFrom(problem.file())
				.map(lesson -> new ProblemBoard.Affected(lesson.title(), lesson.url()))))
			.toList());
		long errors = problems.stream().filter(ContentProblem::isError).count();
		log.info("Loaded {} course(s), {} lesson(s) from the content folder {} in {} ms, with {} error(s) and {} warning(s)",
				catalog.courses().size(), catalog.lessonCount(), source, (System.nanoTime() - started) / 1_000_000,
				errors, problems.size() - errors);
		typesetting.loaded(catalog);
		return catalog;
	}

	/** Loads the courses whose files changed, with the same loader settings as start-up. */
	@Bean
	ContentReloads contentReloads(ContentProperties properties, Catalog catalog, ProblemBoard board, Formulas formulas,
			BackgroundTypesetting typesetting, Search search, ApplicationEventPublisher events) {
		return new ContentReloads(catalog, () -> loader(properties, formulas, typesetting), board, typesetting,
				(BackgroundSearch) search, events);
	}

	/** Watches the content folder, when it is a folder on disk and the operator did not turn watching off. */
	@Bean
	@ConditionalOnExpression("'${lectern.content.dir:}' != '' and '${lectern.content.watch:true}' == 'true'")
	ContentWatcher contentWatcher(ContentProperties properties, ContentReloads reloads) {
		return new ContentWatcher(Path.of(properties.dir()), reloads);
	}

	private CatalogLoader loader(ContentProperties properties, Formulas formulas, BackgroundTypesetting typesetting) {
		CatalogLoader loader = properties.remoteMedia() == ContentProperties.RemoteMedia.LINK ? new CatalogLoader(formulas)
				: new CatalogLoader(formulas, new RemoteImageFetcher(dataDir.resolve("remote-images")));
		// Strict mode refuses to start on any warning, so it must know every formula before it serves.
		if (!properties.strict()) {
			loader.typesettingLater(typesetting::report);
		}
		return loader.reusing(renders);
	}

	/** Formulas are rendered once and kept in the data folder, so a restart renders only new ones. */
	@Bean
	Formulas formulas(@Value("${lectern.data.dir:./data}") String dataDir) {
		return Formulas.cachedIn(Path.of(dataDir, "math-cache"));
	}

	/**
	 * The work the content module and others start once the portal is up and no page waits for
	 * (the search index, formulas left to typeset, the standings' catch-up): after the first request
	 * is answered, or {@code lectern.startup.first-page-wait} after readiness.
	 */
	@Bean
	AfterFirstPage afterFirstPage(@Value("${lectern.startup.first-page-wait:10s}") Duration wait) {
		return new AfterFirstPage(wait);
	}

	/** Typesets what the load left, once the portal is up; formulas that do not parse go on {@code board}. */
	@Bean
	BackgroundTypesetting backgroundTypesetting(ProblemBoard board, AfterFirstPage afterFirstPage) {
		return new BackgroundTypesetting(board, afterFirstPage);
	}

	/** Markdown outside lessons (quiz texts), its formulas kept where the lessons' are. */
	@Bean
	Markdown markdown(Formulas formulas) {
		return Markdown.typesettingWith(formulas);
	}

	/** The search index, built from the rendered lessons once the portal is up, rather than in start-up's way. */
	@Bean
	Search search(Catalog catalog) {
		return new BackgroundSearch(catalog);
	}

	/** Once the first page is served: a search that comes before starts the index itself. */
	@EventListener(ApplicationReadyEvent.class)
	void indexForSearch(ApplicationReadyEvent ready) {
		BackgroundSearch search = (BackgroundSearch) ready.getApplicationContext().getBean(Search.class);
		ready.getApplicationContext().getBean(AfterFirstPage.class).execute(search::start);
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
