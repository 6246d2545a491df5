import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a timed exam: every learner has an attempt open with their answers saved, and they
 * all submit within the same few seconds. Before that, as this run's baseline, the same learners
 * send a trivial signed-in GET spread over the same seconds. A submit answered 503 is sent again
 * after its Retry-After in the same session (where the server keeps its receipt), as the attempt
 * page does; its latency is until the final answer, what the learner waits; so is one left
 * unanswered for 30 s (as the page does when the connection fails). Then it checks that each
 * learner has exactly one submitted attempt and waits until the progress module holds every score.
 *
 * <pre>java ExamBurstBench BASE_URLS QUIZ_ID LEARNERS SPREAD_S PROGRESS_WAIT_S NAME_PREFIX</pre>
 *
 * BASE_URLS is one address or several separated by commas (instances of one database): learners
 * are spread over them as a load balancer would. The last line is {@code RESULT key=value ...}.
 */
public class ExamBurstBench {

	static final String PASSWORD = "bench-exam-burst-9K";
	private static final Pattern SCORE = Pattern.compile("\"attempt\":\\d+,\"percent\"");

	static final class Learner extends PortalClient.Session {
		final PortalClient portal;
		String attempt;
		String answers;
		long latency = -1;
		int busy; // 503 answers before the final one
		int timeouts; // sends with no answer within the client's 30 s, sent again
		String error;

		Learner(String username, PortalClient portal) {
			super(username);
			this.portal = portal;
		}

		HttpResponse<String> send(String method, String path, String body) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.base + path))
				.header(csrfHeader, csrfToken).header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
			return portal.send(this, request);
		}
	}

	public static void main(String[] args) throws Exception {
		String[] bases = args[0].split(",");
		String quiz = args[1];
		int count = Integer.parseInt(args[2]);
		double spread = Double.parseDouble(args[3]);
		double progressWait = Double.parseDouble(args[4]);
		String prefix = args[5];
		List<PortalClient> portals = Arrays.stream(bases).map(PortalClient::new).toList();
		List<Learner> learners = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			learners.add(new Learner(String.format("%s-%03d", prefix, i + 1), portals.get(i % portals.size())));
		}

		// Argon2 is slow by design; registration, the start and the saved answers are not measured.
		ExecutorService few = Executors.newFixedThreadPool(4);
		long began = System.nanoTime();
		each(few, learners, learner -> {
			learner.portal.signUp(learner, "Exam " + learner.username, PASSWORD);
			HttpResponse<String> started = learner.send("POST", "/api/quizzes/" + quiz + "/attempts", "");
			if (started.statusCode() != 201) {
				throw new IllegalStateException("start " + started.statusCode() + " " + started.body());
			}
			learner.attempt = PortalClient.attempt(started.body()).id();
			learner.answers = PortalClient.answers(started.body());
			HttpResponse<String> saved = learner.send("PUT", path(quiz, learner) + "/answers", learner.answers);
			if (saved.statusCode() != 204) {
				throw new IllegalStateException("save " + saved.statusCode() + " " + saved.body());
			}
		});
		System.out.printf("%d learners registered, each with an attempt open and its answers saved, in %.0f s%n", count,
				(System.nanoTime() - began) / 1e9);

		ExecutorService all = Executors.newFixedThreadPool(count);
		// Once to open the connections and warm the path, then the baseline itself.
		burst(all, learners, spread, learner -> trivial(learner));
		learners.forEach(learner -> { learner.latency = -1; learner.error = null; });
		burst(all, learners, spread, learner -> trivial(learner));
		Summary baseline = Summary.of(learners);
		learners.forEach(learner -> { learner.latency = -1; learner.error = null; });

		long burstStarted = System.nanoTime();
		burst(all, learners, spread, learner -> submit(learner, quiz));
		long burstEnded = System.nanoTime();
		Summary submits = Summary.of(learners);
		int busy = learners.stream().mapToInt(learner -> learner.busy).sum();
		int retried = (int) learners.stream().filter(learner -> learner.busy > 0).count();
		int timeouts = learners.stream().mapToInt(learner -> learner.timeouts).sum();

		// Exactly one submitted attempt per learner on the server, whatever the client saw.
		int[] wrong = { 0 };
		List<Learner> stored = new ArrayList<>();
		each(few, learners, learner -> {
			String body = learner.portal.get(learner, "/api/quizzes/" + quiz).body();
			int submitted = body.split("\"state\":\"submitted\"", -1).length - 1;
			synchronized (wrong) {
				if (submitted != 1) {
					wrong[0]++;
					System.out.printf("%s: the server lists %d submitted attempts (client: %s)%n", learner.username, submitted,
							learner.error == null ? "graded" : learner.error);
				}
				else {
					stored.add(learner);
				}
			}
		});

		// The progress module hears of each graded attempt by an event after the response: its
		// score is awaited for every attempt the server holds as submitted.
		List<Learner> behind = new ArrayList<>(stored);
		double scoredAfter = Double.NaN;
		while (System.nanoTime() - burstEnded < progressWait * 1e9) {
			List<Learner> still = new ArrayList<>();
			for (Learner learner : behind) {
				Matcher score = SCORE.matcher(learner.portal.get(learner, "/me/data.json").body());
				if (!score.find()) {
					still.add(learner);
				}
			}
			behind = still;
			if (behind.isEmpty()) {
				scoredAfter = (System.nanoTime() - burstStarted) / 1e9;
				break;
			}
			Thread.sleep(250);
		}
		few.shutdown();
		all.shutdown();

		System.out.printf("baseline GET /api/csrf: p50 %.1f ms, p99 %.1f ms, errors %s%n", baseline.p50(), baseline.p99(),
				baseline.errors());
		System.out.printf("submits: p50 %.1f ms, p99 %.1f ms, errors %s; %d answered 503 first (%d 503s in all);"
				+ " %d sends unanswered in 30 s, sent again%n", submits.p50(), submits.p99(), submits.errors(), retried, busy,
				timeouts);
		System.out.printf("RESULT p50=%.1f p99=%.1f errors=%d base_p50=%.1f base_p99=%.1f base_errors=%d retried=%d"
				+ " busy=%d wrong=%d unscored=%d scored_s=%.1f burst_s=%.1f%n", submits.p50(), submits.p99(),
				submits.errorCount(), baseline.p50(), baseline.p99(), baseline.errorCount(), retried, busy, wrong[0],
				behind.size(), scoredAfter, (burstEnded - burstStarted) / 1e9);
	}

	static String path(String quiz, Learner learner) {
		return "/api/quizzes/" + quiz + "/attempts/" + learner.attempt;
	}

	static void trivial(Learner learner) throws Exception {
		long sent = System.nanoTime();
		int status = learner.portal.get(learner, "/api/csrf").statusCode();
		if (status == 200) {
			learner.latency = System.nanoTime() - sent;
		}
		else {
			learner.error = "GET " + status;
		}
	}

	/** Submits with the answers again, as the page's form does; a 503 is retried after its Retry-After. */
	static void submit(Learner learner, String quiz) throws Exception {
		long sent = System.nanoTime();
		while (true) {
			HttpResponse<String> answer;
			try {
				answer = learner.send("POST", path(quiz, learner) + "/submission", learner.answers);
			}
			catch (java.net.http.HttpTimeoutException noAnswerIn30s) {
				// The page sends it again when the connection fails; one of the two may have been graded.
				learner.timeouts++;
				Thread.sleep(1000);
				continue;
			}
			if (answer.statusCode() == 409 && learner.timeouts > 0 && answer.body().contains("already submitted")) {
				learner.latency = System.nanoTime() - sent; // graded by a send whose answer never came
				return;
			}
			if (answer.statusCode() == 503) {
				learner.busy++;
				long wait = answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
				Thread.sleep(wait * 1000);
				continue;
			}
			if (answer.statusCode() == 200 && answer.body().contains("\"percent\"")) {
				learner.latency = System.nanoTime() - sent;
			}
			else {
				learner.error = "submit " + answer.statusCode();
			}
			return;
		}
	}

	interface Step {
		void run(Learner learner) throws Exception;
	}

	/** Every learner's step once, each at its own random moment within {@code spread} seconds. */
	static void burst(ExecutorService pool, List<Learner> learners, double spread, Step step) throws Exception {
		Random random = new Random(20);
		long start = System.nanoTime() + 200_000_000L;
		List<Future<?>> running = new ArrayList<>();
		for (Learner learner : learners) {
			long at = start + (long) (random.nextDouble() * spread * 1e9);
			running.add(pool.submit(() -> {
				long wait = at - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				try {
					step.run(learner);
				}
				catch (Exception failed) {
					learner.error = failed.getClass().getSimpleName();
				}
				return null;
			}));
		}
		for (Future<?> done : running) {
			done.get();
		}
	}

	static void each(ExecutorService pool, List<Learner> learners, Step step) throws Exception {
		List<Future<?>> running = new ArrayList<>();
		for (Learner learner : learners) {
			running.add(pool.submit(() -> {
				step.run(learner);
				return null;
			}));
		}
		for (Future<?> done : running) {
			done.get();
		}
	}

	/** Latencies of the learners who got their answer, and the errors of the others. */
	record Summary(long[] sorted, Map<String, Integer> errors) {
		static Summary of(List<Learner> learners) {
			Map<String, Integer> errors = new TreeMap<>();
			learners.stream().filter(learner -> learner.error != null).forEach(learner -> errors.merge(learner.error, 1, Integer::sum));
			return new Summary(learners.stream().mapToLong(learner -> learner.latency).filter(ns -> ns >= 0).sorted().toArray(),
					errors);
		}

		double percentile(double p) {
			return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
		}

		double p50() {
			return percentile(0.50);
		}

		double p99() {
			return percentile(0.99);
		}

		int errorCount() {
			return errors.values().stream().mapToInt(Integer::intValue).sum();
		}
	}
}
