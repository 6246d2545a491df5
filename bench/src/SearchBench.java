import io.lectern.content.Catalog;
import io.lectern.content.SearchResults;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.DirectoryTree;
import io.lectern.content.internal.load.LoadResult;
import io.lectern.content.internal.search.LuceneSearch;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Loads a content folder as start-up does, times rendering it and building the search index, then
 * times searches of several kinds over it after a warm-up. The baseline is loading the folder
 * itself, and for a search the time to render one lesson (what the portal does once per lesson).
 *
 * <pre>java SearchBench CONTENT_DIR [WARMUP_S] [MEASURE_S]</pre>
 */
public class SearchBench {

	private static final List<String> QUERIES = List.of("encryption", "encrypting keys", "\"security groups\"", "encrypt*",
			"customer data identities", "hypervisor", "rotate", "\"lesson 500\"", "owner customer racks", "nothingmatches");

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		double warmup = args.length > 1 ? Double.parseDouble(args[1]) : 10;
		double measure = args.length > 2 ? Double.parseDouble(args[2]) : 10;

		long started = System.nanoTime();
		LoadResult result = new CatalogLoader().load(new DirectoryTree(folder));
		long loaded = System.nanoTime();
		Catalog catalog = result.catalog();
		LuceneSearch search = LuceneSearch.of(catalog);
		long indexed = System.nanoTime();
		int lessons = catalog.lessonCount();
		if (!result.problems().isEmpty()) {
			throw new IllegalStateException(result.problems().toString());
		}
		double loadMs = (loaded - started) / 1e6;
		double indexMs = (indexed - loaded) / 1e6;
		System.out.printf("%d lessons: loaded and rendered in %.0f ms, indexed in %.0f ms, together %.0f ms%n", lessons,
				loadMs, indexMs, loadMs + indexMs);
		double renderOne = loadMs / lessons;

		long until = System.nanoTime() + (long) (warmup * 1e9);
		long sink = 0;
		while (System.nanoTime() < until) {
			for (String query : QUERIES) {
				sink += search.find(query).total();
			}
		}
		long[] times = new long[1 << 20];
		int n = 0;
		until = System.nanoTime() + (long) (measure * 1e9);
		while (System.nanoTime() < until && n + QUERIES.size() < times.length) {
			for (String query : QUERIES) {
				long before = System.nanoTime();
				SearchResults found = search.find(query);
				times[n++] = System.nanoTime() - before;
				sink += found.total();
			}
		}
		long[] sorted = Arrays.copyOf(times, n);
		Arrays.sort(sorted);
		double median = sorted[n / 2] / 1e6;
		double p99 = sorted[(int) (n * 0.99)] / 1e6;
		System.out.printf("%d searches of %d kinds: median %.2f ms, p99 %.2f ms (%.1f times rendering one lesson, %.2f ms)%n",
				n, QUERIES.size(), median, p99, median / renderOne, renderOne);
		for (String query : QUERIES.subList(0, 4)) {
			System.out.printf("  %-22s %d lessons%n", query, search.find(query).total());
		}
		System.out.printf("%nload, render and index %d lessons: %.0f ms (target <= 5000 ms): %s%n", lessons, loadMs + indexMs,
				loadMs + indexMs <= 5000 ? "PASS" : "MISS");
		System.out.printf("median search: %.2f ms (target <= 5 ms): %s%n", median, median <= 5 ? "PASS" : "MISS");
		if (sink == 42) {
			System.out.println();
		}
	}
}
