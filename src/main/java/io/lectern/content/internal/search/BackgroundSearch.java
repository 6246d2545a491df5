package io.lectern.content.internal.search;

import io.lectern.content.Catalog;
import io.lectern.content.Search;
import io.lectern.content.SearchResults;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the index on another thread once the portal has served its first page ({@link #start},
 * through {@link io.lectern.content.AfterFirstPage}), so that neither start-up nor that page shares
 * the two cores of a small server with it; the first search waits for the index if it must (or
 * starts it, if it comes first).
 * When the courses reload, the lessons that changed are indexed again in the same index.
 */
public final class BackgroundSearch implements Search {

	private static final Logger log = LoggerFactory.getLogger(BackgroundSearch.class);

	private final Catalog catalog;
	private volatile CompletableFuture<LuceneSearch> index;

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
	 * Brings the index in step with the courses served now, after a reload: only the lessons that
	 * changed, were added or are gone are indexed again (an edit costs a few milliseconds), on the
	 * caller's thread, so that a search right after the reload finds the new text. While the first
	 * index is still being built, the update follows the build on its thread, and a search waits
	 * for both.
	 */
	public void reindex() {
		start();
		CompletableFuture<LuceneSearch> built;
		synchronized (this) {
			built = index;
			if (built.isCompletedExceptionally()) {
				index = build(catalog);
				return;
			}
			if (!built.isDone()) {
				index = built.thenApply(search -> {
					update(search);
					return search;
				});
				return;
			}
		}
		update(built.join());
	}

	private void update(LuceneSearch search) {
		long started = System.nanoTime();
		try {
			int lessons = search.update(catalog);
			log.debug("Indexed {} changed lesson(s) for search in {} ms", lessons, (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// Searches go on finding what was indexed before, until the whole index is built again.
			log.error("Indexing the changed lessons failed; indexing every lesson again", ex);
			rebuild();
		}
	}

	private synchronized void rebuild() {
		index = build(catalog);
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
