import io.lectern.authoring.Problems;
import io.lectern.diagrams.AccessScenario;
import io.lectern.diagrams.Diagrams;
import io.lectern.diagrams.ResponsibilityModel;
import io.lectern.diagrams.ResponsibilityView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Draws every kind of diagram over and over (no cache: the drawing itself), warmed up, and prints
 * the median and 99th percentile time per drawing, the size of the three-model comparison, and as
 * this run's baseline the time to hash that SVG for its ETag.
 *
 * <pre>java DiagramBench [WARMUP_S] [MEASURE_S]</pre>
 */
public class DiagramBench {

	public static void main(String[] args) throws Exception {
		double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 5;
		double measure = args.length > 1 ? Double.parseDouble(args[1]) : 5;
		Problems problems = new Problems();
		Diagrams diagrams = Diagrams.load(new TreeMap<>(), problems);
		if (problems.count() > 0) {
			throw new IllegalStateException(problems.sorted().toString());
		}
		ResponsibilityModel aws = diagrams.responsibility();
		AccessScenario access = diagrams.access("noc-vs-developer").orElseThrow();
		ResponsibilityView all = aws.view(Optional.empty(), Optional.empty(), false);
		ResponsibilityView emrCompared = aws.view(Optional.empty(), Optional.of("EMR"), true);
		ResponsibilityView container = aws.view(Optional.of("container"), Optional.empty(), false);
		String comparison = diagrams.standaloneSvg(aws, all);
		MessageDigest sha = MessageDigest.getInstance("SHA-256");

		Map<String, Supplier<String>> drawings = new LinkedHashMap<>();
		drawings.put("three models side by side", () -> diagrams.inlineSvg(aws, all, "d"));
		drawings.put("EMR highlighted, compared", () -> diagrams.inlineSvg(aws, emrCompared, "d"));
		drawings.put("container model alone", () -> diagrams.inlineSvg(aws, container, "d"));
		drawings.put("three models, table", () -> diagrams.table(aws, all));
		drawings.put("access scenario", () -> diagrams.inlineSvg(access, "d"));
		drawings.put("baseline: ETag of the comparison", () -> {
			sha.reset();
			return Arrays.toString(sha.digest(comparison.getBytes(StandardCharsets.UTF_8)));
		});

		long sink = 0;
		long until = System.nanoTime() + (long) (warmup * 1e9);
		while (System.nanoTime() < until) {
			for (Supplier<String> drawing : drawings.values()) {
				sink += drawing.get().length();
			}
		}
		System.out.printf("%-34s %10s %10s %8s%n", "drawing", "median µs", "p99 µs", "× base");
		Map<String, double[]> results = new LinkedHashMap<>();
		for (Map.Entry<String, Supplier<String>> drawing : drawings.entrySet()) {
			long[] times = new long[1 << 20];
			int n = 0;
			long stop = System.nanoTime() + (long) (measure / drawings.size() * 1e9);
			while (System.nanoTime() < stop && n < times.length) {
				long started = System.nanoTime();
				sink += drawing.getValue().get().length();
				times[n++] = System.nanoTime() - started;
			}
			long[] sorted = Arrays.copyOf(times, n);
			Arrays.sort(sorted);
			results.put(drawing.getKey(), new double[] { sorted[n / 2] / 1e3, sorted[(int) (n * 0.99)] / 1e3 });
		}
		double base = results.get("baseline: ETag of the comparison")[0];
		double slowest = 0;
		for (Map.Entry<String, double[]> result : results.entrySet()) {
			double[] r = result.getValue();
			System.out.printf("%-34s %10.1f %10.1f %8.1f%n", result.getKey(), r[0], r[1], r[0] / base);
			if (!result.getKey().startsWith("baseline")) {
				slowest = Math.max(slowest, r[0]);
			}
		}
		int bytes = comparison.getBytes(StandardCharsets.UTF_8).length;
		System.out.printf("%nthree-model comparison, standalone SVG: %.1f KB (target <= 30 KB): %s%n", bytes / 1024.0,
				bytes <= 30 * 1024 ? "PASS" : "MISS");
		System.out.printf("slowest median drawing: %.0f µs (target <= 2000 µs): %s%n", slowest,
				slowest <= 2000 ? "PASS" : "MISS");
		if (sink == 42) {
			System.out.println();
		}
	}
}
