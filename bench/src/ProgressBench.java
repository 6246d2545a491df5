import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times pages that read a learner's or a course's whole history, one request at a time as a person
 * would ask for them, after logging in through the login form. Each round asks for the baseline
 * (a small static file, through the same filters and session) and then every page, so the
 * baseline sees the same moment of a noisy machine as the pages it is compared with.
 *
 * <pre>java ProgressBench BASE_URL WARMUP_S ROUNDS BASELINE_PATH NAME=USERNAME:PASSWORD:PATH...</pre>
 *
 * Prints, per page, {@code PAGE name status=... bytes=... p50=... p99=... ratio=...} (ratio: the
 * page's median over the baseline's); a page that does not answer 200 is reported with its status
 * and left out of the rounds.
 */
public class ProgressBench {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();
	private final String base;

	ProgressBench(String base) {
		this.base = base;
	}

	/** A page as one user sees it, and how long each request for it took (ns). */
	static final class Page {
		final String name;
		final String path;
		String cookie;
		int status;
		int bytes;
		long[] latencies = new long[256];
		int count;

		Page(String name, String path) {
			this.name = name;
			this.path = path;
		}

		void took(long nanos) {
			if (count == latencies.length) {
				latencies = Arrays.copyOf(latencies, count * 2);
			}
			latencies[count++] = nanos;
		}

		double percentileMs(double percentile) {
			long[] sorted = Arrays.copyOf(latencies, count);
			Arrays.sort(sorted);
			return sorted.length == 0 ? Double.NaN
					: sorted[(int) Math.min(sorted.length - 1, Math.ceil(percentile * sorted.length) - 1)] / 1e6;
		}
	}

	/** Logs in through the form, as a browser does, and returns the session cookie. */
	String logIn(String username, String password) throws Exception {
		PortalClient.Session session = new PortalClient.Session(username);
		long started = System.nanoTime();
		new PortalClient(base).logIn(session, password);
		System.out.printf("logged in as %s in %.0f ms%n", username, (System.nanoTime() - started) / 1e6);
		return session.cookie;
	}

	/** One request as a browser sends it (compressed answers welcome); returns its status. */
	int fetch(Page page) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + page.path)).header("Accept-Encoding", "gzip")
			.header("Accept", "text/html,*/*").timeout(Duration.ofSeconds(60));
		if (page.cookie != null) {
			request.header("Cookie", page.cookie);
		}
		long started = System.nanoTime();
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		page.took(System.nanoTime() - started);
		page.status = response.statusCode();
		page.bytes = response.body().length;
		return page.status;
	}

	public static void main(String[] args) throws Exception {
		ProgressBench bench = new ProgressBench(args[0]);
		double warmup = Double.parseDouble(args[1]);
		int rounds = Integer.parseInt(args[2]);
		Page baseline = new Page("baseline", args[3]);
		List<Page> pages = new ArrayList<>();
		Map<String, String> sessions = new LinkedHashMap<>();
		for (int i = 4; i < args.length; i++) {
			String[] nameAndRest = args[i].split("=", 2);
			String[] user = nameAndRest[1].split(":", 3);
			String session = sessions.get(user[0]);
			if (session == null) {
				session = bench.logIn(user[0], user[1]);
				sessions.put(user[0], session);
			}
			Page page = new Page(nameAndRest[0], user[2]);
			page.cookie = session;
			pages.add(page);
		}
		baseline.cookie = pages.isEmpty() ? null : pages.get(0).cookie;

		// Pages that are not there (404) or not allowed are reported, not timed.
		List<Page> timed = new ArrayList<>();
		for (Page page : pages) {
			if (bench.fetch(page) == 200) {
				timed.add(page);
			}
			System.out.printf("%s: GET %s answers %d (%d bytes)%n", page.name, page.path, page.status, page.bytes);
		}
		List<Page> round = new ArrayList<>(List.of(baseline));
		round.addAll(timed);

		long deadline = System.nanoTime() + (long) (warmup * 1e9);
		int warmRounds = 0;
		while (System.nanoTime() < deadline) {
			for (Page page : round) {
				bench.fetch(page);
			}
			warmRounds++;
		}
		System.out.printf("warm-up: %d rounds in %.0f s%n", warmRounds, warmup);
		for (Page page : round) {
			page.count = 0;
		}
		for (int i = 0; i < rounds; i++) {
			for (Page page : round) {
				if (bench.fetch(page) != 200) {
					throw new IllegalStateException(page.name + " answered " + page.status + " during the rounds");
				}
			}
		}
		double baseMedian = baseline.percentileMs(0.5);
		for (Page page : pages) {
			boolean wasTimed = timed.contains(page);
			System.out.printf("PAGE %s status=%d bytes=%d p50=%.2f p99=%.2f ratio=%.1f%n", page.name, page.status, page.bytes,
					wasTimed ? page.percentileMs(0.5) : Double.NaN, wasTimed ? page.percentileMs(0.99) : Double.NaN,
					wasTimed ? page.percentileMs(0.5) / baseMedian : Double.NaN);
		}
		System.out.printf("PAGE baseline status=%d bytes=%d p50=%.2f p99=%.2f ratio=1.0%n", baseline.status, baseline.bytes,
				baseMedian, baseline.percentileMs(0.99));
	}
}
