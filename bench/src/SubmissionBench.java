import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives quiz submissions over the JSON API: N clients, each its own learner (own cookie session),
 * each iteration starting an attempt and submitting it. Warms up, measures, then measures a trivial
 * GET with the same clients as this run's baseline, and checks every learner's submitted count
 * against the server's.
 *
 * <pre>java SubmissionBench BASE_URL QUIZ_ID CLIENTS WARMUP_S MEASURE_S BASELINE_S [ATTEMPTS_PER_LEARNER]</pre>
 *
 * The last line is machine-readable ({@code RESULT key=value ...}) for the calling script.
 */
public class SubmissionBench {

	// Jackson writes record components in order, so only a question's own object has "id" right
	// before "number" and "type"; the attempt's id is followed by "quizId".
	private static final Pattern QUESTION_ID = Pattern.compile("\"id\":\"([^\"]+)\",\"number\":\\d+,\"type\"");
	private static final Pattern ATTEMPT_ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");
	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
	private static final Pattern HEADER = Pattern.compile("\"headerName\":\"([^\"]+)\"");

	/** Answers by the bundled quiz's question ids; padded copies end in "-copyN" and get the same answer. */
	private static final Map<String, String> ANSWERS = Map.of(
			"rds-patching", "{\"choices\":[\"aws\"]}",
			"always-yours", "{\"choices\":[\"data\",\"access\"]}",
			"s3-model", "{\"choices\":[\"false\"]}",
			"lost-key", "{\"text\":\"SSE-C\"}",
			"models-count", "{\"text\":\"4\"}", // wrong on purpose: grading sees a mix, not all right
			"match-models", "{\"pairs\":{\"ec2\":\"infrastructure\",\"emr\":\"container\",\"dynamodb\":\"abstract\"}}",
			"more-to-less", "{\"order\":[\"ec2\",\"redshift\",\"s3\"]}");

	/** What one client saw in one phase: latencies (ns) of its successful submits, or of its trivial GETs. */
	static final class Tally {
		long[] latencies = new long[4096];
		int graded;
		final Map<String, Integer> errors = new TreeMap<>();

		void latency(long nanos) {
			if (graded == latencies.length) {
				latencies = Arrays.copyOf(latencies, graded * 2);
			}
			latencies[graded++] = nanos;
		}

		void error(String what) {
			errors.merge(what, 1, Integer::sum);
		}
	}

	/**
	 * One client thread's learner: a client of its own, so its own connection and cookie jar
	 * (JSESSIONID). Every {@code rotate} graded attempts (0: never) it becomes a new learner, with
	 * a new session and so an empty history.
	 */
	static final class Learner {
		final String base;
		final String quizId;
		final int rotate;
		HttpClient http;
		String csrfHeader;
		String csrfToken;
		int submitted; // by the current learner, over all phases, to compare with what the server reports

		Learner(String base, String quizId, int rotate) throws Exception {
			this.base = base;
			this.quizId = quizId;
			this.rotate = rotate;
			renew();
		}

		void renew() throws Exception {
			http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(5)).build();
			String body = get("/api/csrf").body();
			csrfHeader = find(HEADER, body);
			csrfToken = find(TOKEN, body);
			submitted = 0;
		}

		HttpResponse<String> get(String path) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(base + path)));
		}

		HttpResponse<String> post(String path, String json) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(base + path)).header(csrfHeader, csrfToken)
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
		}

		HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Start + submit: one graded attempt when the submit answers 200. */
		void attempt(Tally tally) {
			try {
				if (rotate > 0 && submitted == rotate) {
					renew();
				}
				HttpResponse<String> started = post("/api/quizzes/" + quizId + "/attempts", "");
				// 200 is a resumed attempt, left open by an earlier failed submit: still one to grade.
				if (started.statusCode() != 201 && started.statusCode() != 200) {
					tally.error("start " + started.statusCode());
					return;
				}
				String attemptId = find(ATTEMPT_ID, started.body());
				String answers = answers(started.body());
				long sent = System.nanoTime();
				HttpResponse<String> graded = post("/api/quizzes/" + quizId + "/attempts/" + attemptId + "/submission", answers);
				long took = System.nanoTime() - sent;
				if (graded.statusCode() == 200 && graded.body().contains("\"percent\"")) {
					tally.latency(took);
					submitted++;
				}
				else {
					tally.error("submit " + graded.statusCode());
				}
			}
			catch (Exception failed) {
				tally.error(failed.getClass().getSimpleName());
			}
		}

		void trivial(Tally tally) {
			try {
				long sent = System.nanoTime();
				int status = get("/api/csrf").statusCode();
				if (status == 200) {
					tally.latency(System.nanoTime() - sent);
				}
				else {
					tally.error("csrf " + status);
				}
			}
			catch (Exception failed) {
				tally.error(failed.getClass().getSimpleName());
			}
		}
	}

	/** Answers every question the attempt shows, in the order shown; unknown ids are sent blank. */
	static String answers(String attempt) {
		StringBuilder json = new StringBuilder("{\"answers\":{");
		Matcher question = QUESTION_ID.matcher(attempt);
		String separator = "";
		while (question.find()) {
			String id = question.group(1);
			json.append(separator).append('"').append(id).append("\":")
				.append(ANSWERS.getOrDefault(id.replaceFirst("-copy\\d+$", ""), "null"));
			separator = ",";
		}
		return json.append("}}").toString();
	}

	static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + pattern + " in " + text.substring(0, Math.min(200, text.length())));
		}
		return matcher.group(1);
	}

	/** Runs every learner on its own thread until the deadline; returns the tallies and the seconds taken. */
	static Phase phase(ExecutorService pool, List<Learner> learners, double seconds, BiConsumer<Learner, Tally> step) throws Exception {
		long started = System.nanoTime();
		long deadline = started + (long) (seconds * 1e9);
		List<Future<Tally>> running = new ArrayList<>();
		for (Learner learner : learners) {
			running.add(pool.submit(() -> {
				Tally tally = new Tally();
				while (System.nanoTime() < deadline) {
					step.accept(learner, tally);
				}
				return tally;
			}));
		}
		List<Tally> tallies = new ArrayList<>();
		for (Future<Tally> tally : running) {
			tallies.add(tally.get());
		}
		// Until the last client's last request came back: requests that straddle the deadline count in full.
		return new Phase(tallies, (System.nanoTime() - started) / 1e9);
	}

	record Phase(List<Tally> tallies, double seconds) {
		int graded() {
			return tallies.stream().mapToInt(tally -> tally.graded).sum();
		}

		Map<String, Integer> errors() {
			Map<String, Integer> all = new TreeMap<>();
			tallies.forEach(tally -> tally.errors.forEach((what, count) -> all.merge(what, count, Integer::sum)));
			return all;
		}

		double percentileMs(double percentile) {
			long[] all = tallies.stream().flatMapToLong(tally -> Arrays.stream(tally.latencies, 0, tally.graded)).sorted().toArray();
			return all.length == 0 ? Double.NaN : all[(int) Math.min(all.length - 1, Math.ceil(percentile * all.length) - 1)] / 1e6;
		}
	}

	public static void main(String[] args) throws Exception {
		String quizId = args[1];
		int clients = Integer.parseInt(args[2]);
		double warmup = Double.parseDouble(args[3]), measure = Double.parseDouble(args[4]), baseline = Double.parseDouble(args[5]);
		int rotate = args.length > 6 ? Integer.parseInt(args[6]) : 0;
		List<Learner> learners = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			learners.add(new Learner(args[0], quizId, rotate));
		}
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		Phase warm = phase(pool, learners, warmup, Learner::attempt);
		System.out.printf("warm-up: %d graded attempts in %.1f s (%.0f/s), errors %s%n", warm.graded(), warm.seconds(),
				warm.graded() / warm.seconds(), warm.errors());
		Phase run = phase(pool, learners, measure, Learner::attempt);
		// The same clients on a request that only crosses the filters and the session: what this
		// machine, at this moment, allows for any request; submissions are reported against it.
		phase(pool, learners, Math.min(3, baseline), Learner::trivial);
		Phase trivial = phase(pool, learners, baseline, Learner::trivial);
		pool.shutdown();

		// Every 200 the client counted must be exactly one submitted attempt on the server, no more.
		int mismatched = 0;
		for (Learner learner : learners) {
			String quiz = learner.get("/api/quizzes/" + quizId).body();
			int server = quiz.split("\"state\":\"submitted\"", -1).length - 1;
			if (server != learner.submitted) {
				mismatched++;
				System.out.printf("learner mismatch: client counted %d graded, server lists %d submitted%n", learner.submitted, server);
			}
		}

		// A submit reads the learner's attempts (for the review rules), so the figure depends on how many.
		double history = learners.stream().mapToInt(learner -> learner.submitted).average().orElse(0);
		int errors = run.errors().values().stream().mapToInt(Integer::intValue).sum();
		System.out.printf("measured: %d graded attempts in %.1f s, errors %s%n", run.graded(), run.seconds(), run.errors());
		System.out.printf("baseline: %d GET /api/csrf in %.1f s, p50 %.2f ms, errors %s%n", trivial.graded(), trivial.seconds(),
				trivial.percentileMs(0.50), trivial.errors());
		System.out.printf("RESULT rate=%.1f p50=%.2f p99=%.2f errors=%d baseline=%.1f learners=%d mismatched=%d history=%.0f%n",
				run.graded() / run.seconds(), run.percentileMs(0.50), run.percentileMs(0.99), errors,
				trivial.graded() / trivial.seconds(), learners.size(), mismatched, history);
	}
}
