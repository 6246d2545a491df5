import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives quiz submissions over the JSON API: N clients, each with its own connection and its own
 * learners, each iteration starting an attempt and submitting it. First every client registers its
 * learners (registration logs the learner in; a name already taken on a reused database logs in
 * instead), so the slow password hashing stays out of the measured phases. Then it warms up,
 * measures, measures a trivial GET with the same clients as this run's baseline, and checks every
 * learner's submitted count against the server's, and then that the progress module (which hears of
 * each graded attempt by an event, after the response) kept a score for every one of them.
 *
 * <pre>java SubmissionBench BASE_URL QUIZ_ID CLIENTS WARMUP_S MEASURE_S BASELINE_S ATTEMPTS_PER_LEARNER LEARNERS_PER_CLIENT
 *     SESSIONS_FILE PROGRESS_WAIT_S [LEARNER_NAME_PREFIX]</pre>
 *
 * Every {@code ATTEMPTS_PER_LEARNER} graded attempts (0: never) a client moves on to its next
 * learner, round the {@code LEARNERS_PER_CLIENT} it registered. The logged-in sessions are written
 * to {@code SESSIONS_FILE}, one a line ({@code cookie header token}), for the wrk script. The last
 * line is machine-readable ({@code RESULT key=value ...}) for the calling script.
 */
public class SubmissionBench {

	// In "download my data", a score the progress module keeps; an attempt's own record has "state" after "attempt".
	private static final Pattern SCORE = Pattern.compile("\"attempt\":\\d+,\"percent\"");

	/** Not among the common passwords the portal refuses; the same for every learner of the run. */
	static final String PASSWORD = "bench-submissions-7Q";

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

	/** A registered, logged-in learner, and what this run counted of theirs. */
	static final class Learner extends PortalClient.Session {
		int before; // submitted attempts the server listed before the run, on a reused database
		int scoresBefore; // and the scores progress kept of them
		int submitted; // by this learner in this run, over all phases, to compare with what the server reports

		Learner(String username) {
			super(username);
		}
	}

	/** One client thread: a connection of its own, and the learners it registered, one of them current. */
	static final class Client {
		final PortalClient portal;
		final String quizId;
		final int rotate;
		final List<Learner> learners = new ArrayList<>();
		int current;
		int sinceSwitch;

		Client(String base, String quizId, int rotate) {
			this.portal = new PortalClient(base);
			this.quizId = quizId;
			this.rotate = rotate;
		}

		/** Registers a learner, or logs in when the name is taken, and notes what the server holds of theirs already. */
		void signUp(String username) throws Exception {
			Learner learner = new Learner(username);
			portal.signUp(learner, "Bench " + username, PASSWORD);
			learner.before = submittedOnServer(learner);
			learner.scoresBefore = scoresOnServer(learner);
			learners.add(learner);
		}

		int submittedOnServer(Learner learner) throws Exception {
			String quiz = get(learner, "/api/quizzes/" + quizId).body();
			return quiz.split("\"state\":\"submitted\"", -1).length - 1;
		}

		/** The scores the progress module keeps for the learner: one per graded attempt, once its event is handled. */
		int scoresOnServer(Learner learner) throws Exception {
			Matcher score = SCORE.matcher(get(learner, "/me/data.json").body());
			int count = 0;
			while (score.find()) {
				count++;
			}
			return count;
		}

		HttpResponse<String> get(Learner learner, String path) throws Exception {
			return portal.get(learner, path);
		}

		/** Start + submit as the current learner: one graded attempt when the submit answers 200. */
		void attempt(Tally tally) {
			if (rotate > 0 && sinceSwitch == rotate) {
				current = (current + 1) % learners.size();
				sinceSwitch = 0;
			}
			Learner learner = learners.get(current);
			try {
				HttpResponse<String> started = portal.start(learner, quizId);
				// 200 is a resumed attempt, left open by an earlier failed submit: still one to grade.
				if (started.statusCode() != 201 && started.statusCode() != 200) {
					tally.error("start " + started.statusCode());
					return;
				}
				long sent = System.nanoTime();
				HttpResponse<String> graded = portal.submit(learner, quizId, started);
				long took = System.nanoTime() - sent;
				if (graded.statusCode() == 200 && graded.body().contains("\"percent\"")) {
					tally.latency(took);
					learner.submitted++;
					sinceSwitch++;
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
				int status = get(learners.get(current), "/api/csrf").statusCode();
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

	/** Runs every client on its own thread until the deadline; returns the tallies and the seconds taken. */
	static Phase phase(ExecutorService pool, List<Client> clients, double seconds, BiConsumer<Client, Tally> step) throws Exception {
		long started = System.nanoTime();
		long deadline = started + (long) (seconds * 1e9);
		List<Future<Tally>> running = new ArrayList<>();
		for (Client client : clients) {
			running.add(pool.submit(() -> {
				Tally tally = new Tally();
				while (System.nanoTime() < deadline) {
					step.accept(client, tally);
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

	/** Runs one task per client on the pool and waits for all of them, failing with the first failure. */
	static void eachClient(ExecutorService pool, List<Client> clients, java.util.function.Function<Client, Callable<Void>> task)
			throws Exception {
		List<Future<Void>> running = new ArrayList<>();
		for (Client client : clients) {
			running.add(pool.submit(task.apply(client)));
		}
		for (Future<Void> done : running) {
			done.get();
		}
	}

	public static void main(String[] args) throws Exception {
		String quizId = args[1];
		int clientCount = Integer.parseInt(args[2]);
		double warmup = Double.parseDouble(args[3]), measure = Double.parseDouble(args[4]), baseline = Double.parseDouble(args[5]);
		int rotate = Integer.parseInt(args[6]);
		// Learners who never change need only one each.
		int perClient = rotate == 0 ? 1 : Integer.parseInt(args[7]);
		Path sessionsFile = Path.of(args[8]);
		double progressWait = Double.parseDouble(args[9]);
		// Runs against several instances of one database each name their learners apart.
		String namePrefix = args.length > 10 ? args[10] : "bench";
		List<Client> clients = new ArrayList<>();
		for (int i = 0; i < clientCount; i++) {
			clients.add(new Client(args[0], quizId, rotate));
		}
		ExecutorService pool = Executors.newFixedThreadPool(clientCount);

		// Argon2 costs tens of milliseconds a hash by design: every learner pays it once, here.
		long signUpStarted = System.nanoTime();
		eachClient(pool, clients, client -> () -> {
			int number = clients.indexOf(client) + 1;
			for (int i = 1; i <= perClient; i++) {
				client.signUp(String.format("%s-%02d-%03d", namePrefix, number, i));
			}
			return null;
		});
		double signUpSeconds = (System.nanoTime() - signUpStarted) / 1e9;
		int learnerCount = clientCount * perClient;
		System.out.printf("registered and logged in %d learners in %.1f s (%.1f/s)%n", learnerCount, signUpSeconds,
				learnerCount / signUpSeconds);

		Phase warm = phase(pool, clients, warmup, Client::attempt);
		System.out.printf("warm-up: %d graded attempts in %.1f s (%.0f/s), errors %s%n", warm.graded(), warm.seconds(),
				warm.graded() / warm.seconds(), warm.errors());
		Phase run = phase(pool, clients, measure, Client::attempt);
		// The script reads the server's CPU here: the attempts' work, without the GETs and checks below.
		System.out.println("attempts over");
		// The same clients on a request that only crosses the filters and the session: what this
		// machine, at this moment, allows for any request; submissions are reported against it.
		phase(pool, clients, Math.min(3, baseline), Client::trivial);
		Phase trivial = phase(pool, clients, baseline, Client::trivial);

		// Every 200 the client counted must be exactly one submitted attempt on the server, no more.
		int[] mismatched = { 0 };
		eachClient(pool, clients, client -> () -> {
			for (Learner learner : client.learners) {
				int server = client.submittedOnServer(learner) - learner.before;
				if (server != learner.submitted) {
					synchronized (mismatched) {
						mismatched[0]++;
						System.out.printf("learner %s mismatch: client counted %d graded, server lists %d submitted%n",
								learner.username, learner.submitted, server);
					}
				}
			}
			return null;
		});

		// Each graded attempt is kept by the progress module in its submit's transaction, or, when that
		// recording failed, after the response from an event: wait (up to progressWait seconds) until
		// every learner's scores are all there. The lag is when the pass of checks that found the last
		// learner caught up began (0: all were there at the first pass, which itself takes seconds),
		// not counting any still behind at the end.
		long waitStarted = System.nanoTime();
		Map<Learner, Client> clientOf = new HashMap<>();
		clients.forEach(client -> client.learners.forEach(learner -> clientOf.put(learner, client)));
		List<Learner> behind = new ArrayList<>(clientOf.keySet());
		double progressLag = 0;
		while (true) {
			double passStarted = (System.nanoTime() - waitStarted) / 1e9;
			List<Learner> still = new ArrayList<>();
			for (Learner learner : behind) {
				if (clientOf.get(learner).scoresOnServer(learner) - learner.scoresBefore != learner.submitted) {
					still.add(learner);
				}
			}
			if (still.size() < behind.size()) {
				progressLag = passStarted;
			}
			behind = still;
			if (behind.isEmpty() || System.nanoTime() - waitStarted > progressWait * 1e9) {
				break;
			}
			Thread.sleep(1000);
		}
		for (Learner learner : behind) {
			System.out.printf("learner %s: progress kept %d scores of %d graded attempts after %.0f s%n", learner.username,
					clientOf.get(learner).scoresOnServer(learner) - learner.scoresBefore, learner.submitted, progressWait);
		}
		pool.shutdown();
		try (PrintWriter sessions = new PrintWriter(Files.newBufferedWriter(sessionsFile))) {
			clients.forEach(client -> client.learners
				.forEach(learner -> sessions.println(learner.cookie + " " + learner.csrfHeader + " " + learner.csrfToken)));
		}

		// A submit reads the learner's attempts (for the review rules), so the figure depends on how many.
		double history = clients.stream().flatMap(client -> client.learners.stream())
			.mapToInt(learner -> learner.before + learner.submitted).average().orElse(0);
		int errors = run.errors().values().stream().mapToInt(Integer::intValue).sum();
		System.out.printf("measured: %d graded attempts in %.1f s, errors %s%n", run.graded(), run.seconds(), run.errors());
		System.out.printf("baseline: %d GET /api/csrf in %.1f s, p50 %.2f ms, errors %s%n", trivial.graded(), trivial.seconds(),
				trivial.percentileMs(0.50), trivial.errors());
		System.out.printf("RESULT rate=%.1f p50=%.2f p99=%.2f errors=%d baseline=%.1f learners=%d mismatched=%d history=%.0f"
				+ " signups=%.1f unscored=%d lag=%.0f%n", run.graded() / run.seconds(), run.percentileMs(0.50),
				run.percentileMs(0.99), errors, trivial.graded() / trivial.seconds(), learnerCount, mismatched[0], history,
				learnerCount / signUpSeconds, behind.size(), progressLag);
	}
}
