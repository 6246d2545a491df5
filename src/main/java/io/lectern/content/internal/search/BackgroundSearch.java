package io.lectern.content.internal.search;

import io.lectern.content.Catalog;
import io.lectern.content.Search;
import io.lectern.content.SearchResults;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the index on another thread while the portal starts, so that start-up does not wait for
 * it: lessons are served at once, and the first search waits for the index if it must.
 */
public final class BackgroundSearch implements Search {

	private static final Logger log = LoggerFactory.getLogger(BackgroundSearch.class);

	private final CompletableFuture<LuceneSearch> index;

	public BackgroundSearch(Catalog catalog) {
		this.index = CompletableFuture.supplyAsync(() -> {
			long started = System.nanoTime();
			LuceneSearch search = LuceneSearch.of(catalog);
			log.info("Indexed {} lesson(s) for search in {} ms", catalog.lessonCount(),
					(System.nanoTime() - started) / 1_000_000);
			return search;
		});
	}

	@Override
	public SearchResults find(String query) {
		return index.join().find(query);
	}
}
