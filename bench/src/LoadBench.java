import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mixed load of many signed-in learners: lesson pages (70%), quiz attempts started and submitted
 * through the JSON API (20%, one operation), and the dashboard /me (10%). Every learner registers
 * first, in parallel (registration logs in; Argon2 is slow on purpose, so it stays out of the
 * measured phases). Then WORKERS threads serve the learners: a learner waits in a delay queue for
 * its think time (uniform, 0 to THINK_MS), a free worker takes the first learner whose think time
 * is over, makes one request of a randomly chosen kind as that learner, and puts the learner back.
 * So every learner is active all along, never in two requests at once, and the number of requests
 * in flight is bounded by the workers, as behind a real front end.
 *
 * <pre>java LoadBench BASE_URL QUIZ_ID LEARNERS WORKERS WARMUP_S DURATION_S BASELINE_S THINK_MS PROGRESS_WAIT_S
 *     BASELINE_PATH ACK_FILE LESSON_PATH...</pre>
 *
 * After the measured phase it waits (up to PROGRESS_WAIT_S) until each learner's "download my data"
 * shows a progress score for every submission the server acknowledged, then measures the baseline:
 * the same workers, learners and think time fetching BASELINE_PATH only. Every acknowledged
 * submission (warm-up included) is written to ACK_FILE as CSV (attempt,username,number) so the
 * calling script can look for each one in the database. Lines starting with KIND and RESULT are
 * for the script.
 */
public class LoadBench {

	/** Not among the common passwords the portal refuses; the same for every learner of the run. */
	static final String PASSWORD = "bench-load-7Q-learner";

	enum Kind {
		LESSON("lesson page"), QUIZ("quiz start+submit"), ME("dashboard /me"), BASELINE("baseline");

		final String label;

		Kind(String label) {
			this.label = label;
		}
	}

	/** A submission the server acknowledged with 200 and a grade. */
	record Ack(String attempt, String username, int number) {
	}

	/** What one worker saw in one phase, by kind: latencies (ns) of the requests that answered as expected, and errors. */
	static final class Tally {
		final Map<Kind, long[]> latencies = new TreeMap<>();
		final Map<Kind, Integer> ok = new TreeMap<>();
		final Map<Kind, Map<String, Integer>> errors = new TreeMap<>();
		/** Submits answered 503 (grading saturated) and sent again after their Retry-After, as the attempt page does. */
		int busy;

		void latency(Kind kind, long nanos) {
			int n = ok.getOrDefault(kind, 0);
			long[] all = latencies.computeIfAbsent(kind, k -> new long[1024]);
			if (n == all.length) {
				all = Arrays.copyOf(all, n * 2);
				latencies.put(kind, all);
			}
			all[n] = nanos;
			ok.put(kind, n + 1);
		}

		void error(Kind kind, String what) {
			errors.computeIfAbsent(kind, k -> new TreeMap<>()).merge(what, 1, Integer::sum);
		}
	}

	/** A registered, logged-in learner, waiting in the delay queue until its think time is over. */
	static final class Learner extends PortalClient.Session implements Delayed {
		final List<Ack> acks = new ArrayList<>();
		volatile long readyAt;

		Learner(String username) {
			super(username);
		}

		@Override
		public long getDelay(TimeUnit unit) {
			return unit.convert(readyAt - System.nanoTime(), TimeUnit.NANOSECONDS);
		}

		@Override
		public int compareTo(Delayed other) {
			return Long.compare(readyAt, ((Learner) other).readyAt);
		}
	}

	/** One worker: a connection of its own, on which it acts for any learner whose turn it is. */
	static final class Worker {
		final PortalClient portal;
		final String quizId;

		Worker(String base, String quizId) {
			this.portal = new PortalClient(base);
			this.quizId = quizId;
		}

		Learner signUp(String username) throws Exception {
			Learner learner = new Learner(username);
			portal.signUp(learner, "Load " + username, PASSWORD);
			return learner;
		}

		HttpResponse<String> get(Learner learner, String path) throws Exception {
			return portal.get(learner, path);
		}

		/** A page expected to answer 200 (a redirect, to the login page say, is an error). */
		void page(Learner learner, Kind kind, String path, Tally tally) {
			try {
				long sent = System.nanoTime();
				int status = get(learner, path).statusCode();
				long took = System.nanoTime() - sent;
				if (status == 200) {
					tally.latency(kind, took);
				}
				else {
					tally.error(kind, "GET " + status);
				}
			}
			catch (Exception failed) {
				tally.error(kind, failed.getClass().getSimpleName());
			}
		}

		/**
		 * Start + submit, timed together: acknowledged when the submit answers 200 with a grade. A
		 * submit told 503 (grading saturated) is sent again after its Retry-After, as the attempt page
		 * does, and its time runs until the final answer.
		 */
		void quiz(Learner learner, Tally tally) {
			try {
				long sent = System.nanoTime();
				HttpResponse<String> started = portal.start(learner, quizId);
				// 201 is a new attempt; 200 resumes one left open by an earlier failed submit, itself already an error.
				if (started.statusCode() != 201 && started.statusCode() != 200) {
					tally.error(Kind.QUIZ, "start " + started.statusCode());
					return;
				}
				PortalClient.Attempt attempt = PortalClient.attempt(started.body());
				HttpResponse<String> graded = portal.submit(learner, quizId, started);
				while (graded.statusCode() == 503) {
					tally.busy++;
					Thread.sleep(1000 * graded.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
					graded = portal.submit(learner, quizId, started);
				}
				long took = System.nanoTime() - sent;
				if (graded.statusCode() == 200 && graded.body().contains("\"percent\"")) {
					tally.latency(Kind.QUIZ, took);
					learner.acks.add(new Ack(attempt.id(), learner.username, attempt.number()));
				}
				else {
					tally.error(Kind.QUIZ, "submit " + graded.statusCode());
				}
			}
			catch (Exception failed) {
				tally.error(Kind.QUIZ, failed.getClass().getSimpleName());
			}
		}

		/**
		 * The learner's own records as the portal gives them: the attempt numbers the progress module
		 * holds a score for, and the number of submitted attempts the quiz module lists.
		 */
		Stored stored(Learner learner) throws Exception {
			String body = get(learner, "/me/data.json").body();
			Set<Integer> scored = new HashSet<>();
			int scores = 0;
			Matcher score = Pattern.compile("\"quizId\":\"" + Pattern.quote(quizId) + "\",\"attempt\":(\\d+),\"percent\"")
				.matcher(body);
			while (score.find()) {
				scored.add(Integer.parseInt(score.group(1)));
				scores++;
			}
			Matcher submitted = Pattern.compile("\"quizId\":\"" + Pattern.quote(quizId) + "\",\"attempt\":\\d+,\"state\":\"SUBMITTED\"")
				.matcher(body);
			int attempts = 0;
			while (submitted.find()) {
				attempts++;
			}
			return new Stored(scored, scores, attempts);
		}
	}

	record Stored(Set<Integer> scored, int scores, int submitted) {
		boolean allScored(Learner learner) {
			return learner.acks.stream().allMatch(ack -> scored.contains(ack.number()));
		}
	}

	record Phase(List<Tally> tallies, double seconds) {
		int count(Kind kind) {
			return tallies.stream().mapToInt(tally -> tally.ok.getOrDefault(kind, 0)).sum();
		}

		Map<String, Integer> errors(Kind kind) {
			Map<String, Integer> all = new TreeMap<>();
			tallies.forEach(tally -> tally.errors.getOrDefault(kind, Map.of()).forEach((what, n) -> all.merge(what, n, Integer::sum)));
			return all;
		}

		int errorCount(Kind kind) {
			return errors(kind).values().stream().mapToInt(Integer::intValue).sum();
		}

		int busy() {
			return tallies.stream().mapToInt(tally -> tally.busy).sum();
		}

		double percentileMs(Kind kind, double percentile) {
			long[] all = tallies.stream()
				.flatMapToLong(tally -> Arrays.stream(tally.latencies.getOrDefault(kind, new long[0]), 0, tally.ok.getOrDefault(kind, 0)))
				.sorted()
				.toArray();
			return all.length == 0 ? Double.NaN : all[(int) Math.min(all.length - 1, Math.ceil(percentile * all.length) - 1)] / 1e6;
		}
	}

	/** What a worker does with the learner it took: one operation of some kind. */
	interface Step {
		void run(Worker worker, Learner learner, Tally tally);
	}

	/**
	 * Every worker takes learners whose think time is over until the deadline; a request that
	 * straddles the deadline counts in full, so the phase lasts until the last one came back.
	 */
	static Phase phase(ExecutorService pool, List<Worker> workers, DelayQueue<Learner> ready, double seconds, int thinkMs,
			Step step) throws Exception {
		long started = System.nanoTime();
		long deadline = started + (long) (seconds * 1e9);
		List<Future<Tally>> running = new ArrayList<>();
		for (Worker worker : workers) {
			running.add(pool.submit(() -> {
				Tally tally = new Tally();
				while (true) {
					long left = deadline - System.nanoTime();
					Learner learner = left <= 0 ? null : ready.poll(left, TimeUnit.NANOSECONDS);
					if (learner == null) {
						return tally;
					}
					step.run(worker, learner, tally);
					learner.readyAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(thinkMs + 1));
					ready.add(learner);
				}
			}));
		}
		List<Tally> tallies = new ArrayList<>();
		for (Future<Tally> tally : running) {
			tallies.add(tally.get());
		}
		return new Phase(tallies, (System.nanoTime() - started) / 1e9);
	}

	/** Runs the tasks on the pool and waits for all of them, failing with the first failure. */
	static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) throws Exception {
		List<Future<T>> running = new ArrayList<>();
		for (Callable<T> task : tasks) {
			running.add(pool.submit(task));
		}
		List<T> results = new ArrayList<>();
		for (Future<T> done : running) {
			results.add(done.get());
		}
		return results;
	}

	static void report(Phase run, Phase baseline, Kind kind) {
		double p99 = run.percentileMs(kind, 0.99), base = baseline.percentileMs(Kind.BASELINE, 0.99);
		System.out.printf("KIND %s count=%d errors=%d p50=%.1f p99=%.1f ratio=%.1f detail=%s%n", kind.name().toLowerCase(),
				run.count(kind), run.errorCount(kind), run.percentileMs(kind, 0.50), p99, p99 / base,
				run.errors(kind).toString().replace(' ', '_'));
	}

	public static void main(String[] args) throws Exception {
		String base = args[0], quizId = args[1];
		int learnerCount = Integer.parseInt(args[2]), workerCount = Integer.parseInt(args[3]);
		double warmup = Double.parseDouble(args[4]), duration = Double.parseDouble(args[5]), baselineSeconds = Double.parseDouble(args[6]);
		int thinkMs = Integer.parseInt(args[7]);
		double progressWait = Double.parseDouble(args[8]);
		String baselinePath = args[9];
		Path ackFile = Path.of(args[10]);
		List<String> lessons = List.of(args).subList(11, args.length);

		List<Worker> workers = new ArrayList<>();
		for (int i = 0; i < workerCount; i++) {
			workers.add(new Worker(base, quizId));
		}
		// Daemon threads: a failure in main ends the run instead of leaving it waiting on its workers.
		ExecutorService pool = Executors.newFixedThreadPool(workerCount, task -> {
			Thread thread = new Thread(task);
			thread.setDaemon(true);
			return thread;
		});

		// Argon2 costs tens of milliseconds a hash by design: every learner pays it once, here.
		long signUpStarted = System.nanoTime();
		List<Callable<Learner>> signUps = new ArrayList<>();
		for (int i = 1; i <= learnerCount; i++) {
			String username = String.format("load-%04d", i);
			Worker worker = workers.get(i % workerCount);
			signUps.add(() -> worker.signUp(username));
		}
		List<Learner> learners = all(pool, signUps);
		double signUpSeconds = (System.nanoTime() - signUpStarted) / 1e9;
		System.out.printf("registered and logged in %d learners in %.1f s (%.1f/s)%n", learnerCount, signUpSeconds,
				learnerCount / signUpSeconds);

		DelayQueue<Learner> ready = new DelayQueue<>();
		learners.forEach(learner -> {
			learner.readyAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(thinkMs + 1));
			ready.add(learner);
		});
		Step mixed = (worker, learner, tally) -> {
			int roll = ThreadLocalRandom.current().nextInt(100);
			if (roll < 70) {
				worker.page(learner, Kind.LESSON, lessons.get(ThreadLocalRandom.current().nextInt(lessons.size())), tally);
			}
			else if (roll < 90) {
				worker.quiz(learner, tally);
			}
			else {
				worker.page(learner, Kind.ME, "/me", tally);
			}
		};
		Phase warm = phase(pool, workers, ready, warmup, thinkMs, mixed);
		int warmErrors = 0;
		for (Kind kind : List.of(Kind.LESSON, Kind.QUIZ, Kind.ME)) {
			warmErrors += warm.errorCount(kind);
			System.out.printf("warm-up %s: %d in %.1f s, errors %s%n", kind.label, warm.count(kind), warm.seconds(), warm.errors(kind));
		}
		Phase run = phase(pool, workers, ready, duration, thinkMs, mixed);
		long runEnded = System.nanoTime();

		// Each graded attempt reaches the progress module by an event, after the response: wait
		// until every learner's scores cover every acknowledged submission. The lag is when the last
		// learner caught up, counted from the end of the measured phase: an upper bound, as it
		// includes the round of requests that found it.
		List<Learner> behind = new ArrayList<>(learners);
		double lag = Double.NaN;
		while (true) {
			List<Callable<Learner>> checks = new ArrayList<>();
			for (int i = 0; i < behind.size(); i++) {
				Learner learner = behind.get(i);
				Worker worker = workers.get(i % workerCount);
				// A check left unanswered (the client's 30 s) counts as not there yet, and is asked again.
				checks.add(() -> {
					try {
						return worker.stored(learner).allScored(learner) ? null : learner;
					}
					catch (Exception unanswered) {
						return learner;
					}
				});
			}
			List<Learner> still = all(pool, checks).stream().filter(learner -> learner != null).toList();
			behind = still;
			if (behind.isEmpty()) {
				lag = (System.nanoTime() - runEnded) / 1e9;
				break;
			}
			if (System.nanoTime() - runEnded > progressWait * 1e9) {
				break;
			}
			Thread.sleep(200);
		}
		// Through the portal: each learner's submitted attempts and scores, against what it acknowledged.
		List<Callable<String>> counts = new ArrayList<>();
		for (int i = 0; i < learners.size(); i++) {
			Learner learner = learners.get(i);
			Worker worker = workers.get(i % workerCount);
			counts.add(() -> {
				Stored stored;
				try {
					stored = worker.stored(learner);
				}
				catch (Exception unanswered) {
					return String.format("learner %s: /me/data.json not answered (%s)", learner.username,
							unanswered.getClass().getSimpleName());
				}
				int acked = learner.acks.size();
				return stored.submitted() == acked && stored.scores() == acked ? null
						: String.format("learner %s: %d acknowledged, portal lists %d submitted and %d scores", learner.username,
								acked, stored.submitted(), stored.scores());
			});
		}
		List<String> mismatches = all(pool, counts).stream().filter(line -> line != null).toList();
		mismatches.stream().limit(20).forEach(System.out::println);

		// Same workers, learners and think time on a static file: what this machine, at this moment,
		// allows for any request; each p99 is reported against this one's.
		phase(pool, workers, ready, Math.min(3, baselineSeconds), thinkMs,
				(worker, learner, tally) -> worker.page(learner, Kind.BASELINE, baselinePath, tally));
		Phase baseline = phase(pool, workers, ready, baselineSeconds, thinkMs,
				(worker, learner, tally) -> worker.page(learner, Kind.BASELINE, baselinePath, tally));
		pool.shutdown();

		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(ackFile))) {
			out.println("ATTEMPT,USERNAME,NUMBER");
			learners.forEach(learner -> learner.acks.forEach(ack -> out.println(ack.attempt() + "," + ack.username() + "," + ack.number())));
		}

		for (Kind kind : List.of(Kind.LESSON, Kind.QUIZ, Kind.ME, Kind.BASELINE)) {
			report(kind == Kind.BASELINE ? baseline : run, baseline, kind);
		}
		int ops = run.count(Kind.LESSON) + run.count(Kind.QUIZ) + run.count(Kind.ME);
		int errors = run.errorCount(Kind.LESSON) + run.errorCount(Kind.QUIZ) + run.errorCount(Kind.ME);
		// A quiz operation is two HTTP requests.
		int requests = ops + run.count(Kind.QUIZ);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("seconds", String.format("%.1f", run.seconds()));
		result.put("ops", String.format("%.1f", ops / run.seconds()));
		result.put("requests", String.format("%.1f", requests / run.seconds()));
		result.put("errors", errors);
		result.put("warm_errors", warmErrors);
		result.put("busy", run.busy());
		result.put("warm_busy", warm.busy());
		result.put("acked", learners.stream().mapToInt(learner -> learner.acks.size()).sum());
		result.put("mismatched", mismatches.size());
		result.put("unscored", behind.size());
		result.put("lag", Double.isNaN(lag) ? "none" : String.format("%.1f", lag));
		result.put("signups", String.format("%.1f", learnerCount / signUpSeconds));
		StringBuilder line = new StringBuilder("RESULT");
		result.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
		System.out.println(line);
	}
}
