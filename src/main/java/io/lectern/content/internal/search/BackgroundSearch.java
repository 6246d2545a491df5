package io.lectern.content.internal.search;

import io.lectern.content.Catalog;
import io.lectern.content.Search;
import io.lectern.content.SearchResults;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the index on another thread once the portal is up ({@link #start}), so that start-up
 * neither waits for it nor shares the two cores of a small server with it: lessons are served at
 * once, and the first search waits for the index if it must (or starts it, if it comes first).
 * When the courses reload, the index is built again the same way, and searches keep using the one
 * before until the new one is ready.
 */
public final class BackgroundSearch implements Search {

	private static final Logger log = LoggerFactory.getLogger(BackgroundSearch.class);

	private final Catalog catalog;
	private volatile CompletableFuture<LuceneSearch> index;
	private long started;
	private long served;

	public BackgroundSearch(Catalog catalog) {
		this.catalog = catalog;
	}

	/** Starts indexing the courses loaded at start-up, unless it has started already. */
	public void start() {
		if (index == null) {
			synchronized (this) {
				if (index == null) {
					index = build(catalog);
				}
			}
		}
	}

	@Override
	public SearchResults find(String query) {
		start();
		return index.join().find(query);
	}

	/**
	 * Indexes the courses {@code catalog} serves now. Every lesson is indexed again, not only the
	 * reloaded course's: a few hundred lessons take well under a second, and one index stays simple.
	 */
	public CompletableFuture<LuceneSearch> rebuild(Catalog catalog) {
		long generation;
		synchronized (this) {
			generation = ++started;
		}
		// Two reloads close together: the later index may finish first, and must then stay.
		return build(catalog).thenApply(built -> {
			synchronized (this) {
				if (generation > served) {
					served = generation;
					index = CompletableFuture.completedFuture(built);
				}
			}
			return built;
		});
	}

	private static CompletableFuture<LuceneSearch> build(Catalog catalog) {
		return CompletableFuture.supplyAsync(() -> {
			long started = System.nanoTime();
			LuceneSearch search = LuceneSearch.of(catalog);
			log.info("Indexed {} lesson(s) for search in {} ms", catalog.lessonCount(),
					(System.nanoTime() - started) / 1_000_000);
			return search;
		});
	}
}
