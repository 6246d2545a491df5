import java.io.FileOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of bench/durability.sh, in two modes.
 *
 * <pre>java DurabilityBench load BASE_URL QUIZ_ID CLIENTS LEARNERS ROUND ACKED_FILE STARTED_FILE MAX_S</pre>
 *
 * Registers the learners {@code durable-001}... (or logs them in when the names are taken, as after
 * a restart, where the in-memory sessions are gone), prints {@code LOADING}, then has CLIENTS
 * threads start and submit attempts until the server goes away (a client stops at its first
 * connection failure), or MAX_S seconds have passed. Every attempt started is appended to
 * STARTED_FILE and every submit answered 2xx to ACKED_FILE, one line each
 * ({@code round,attempt id,username,attempt number}), written straight to the file as it happens:
 * what the server acknowledged is on record even if this process dies too.
 *
 * <pre>java DurabilityBench check BASE_URL QUIZ_ID LEARNERS ROUND ACKED_FILE STARTED_FILE PROGRESS_WAIT_S</pre>
 *
 * After the restart: logs every learner in and compares what the server lists with the files, for
 * the attempts of ROUND. Each acknowledged attempt must be listed exactly once, submitted, with a
 * grade; then the progress module (which hears of each graded attempt by an event, re-delivered at
 * start-up when the crash cut it short) must keep exactly one score for it, waited for up to
 * PROGRESS_WAIT_S seconds. The last line is machine-readable ({@code CHECK key=value ...}).
 */
public class DurabilityBench {

	// An attempt in the quiz's summary for the learner ("attempts" of GET /api/quizzes/{id}); the
	// summary's fields are written in this order and null ones are written as null.
	private static final Pattern SUMMARY = Pattern.compile(
			"\\{\"id\":\"([^\"]+)\",\"number\":(\\d+),\"state\":\"([^\"]+)\",\"startedAt\":[^,]*,\"gradedAt\":([^,]*),\"percent\":([^,]*),");
	// In "download my data", a score the progress module keeps; an attempt's own record has "state" after "attempt".
	private static final Pattern SCORE = Pattern.compile("\\{\"quizId\":\"([^\"]+)\",\"attempt\":(\\d+),\"percent\"");
	/** Not among the common passwords the portal refuses; the same for every learner. */
	static final String PASSWORD = "bench-durability-9K";

	/**
	 * A line-per-record file appended with unbuffered writes: each line reaches the operating system
	 * before the next request goes out, so it outlives this process. One writer for all threads, so
	 * that lines never interleave.
	 */
	static final class LineFile implements AutoCloseable {
		private final FileOutputStream out;

		LineFile(Path file) throws IOException {
			out = new FileOutputStream(file.toFile(), true);
		}

		synchronized void line(String line) throws IOException {
			out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
		}

		@Override
		public void close() throws IOException {
			out.close();
		}
	}

	/** A learner of the bench, registered once and logged in again after every restart. */
	static final class Learner extends PortalClient.Session {
		Learner(String username) {
			super(username);
		}
	}

	static String username(int number) {
		return String.format("durable-%03d", number);
	}

	/** Signs in every learner, as many at a time as the pool has threads: the password hash (Argon2) is slow on purpose. */
	static List<Learner> signInAll(ExecutorService pool, PortalClient portal, int count) throws Exception {
		List<Future<Learner>> signing = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			Learner learner = new Learner(username(i));
			signing.add(pool.submit(() -> {
				portal.signUp(learner, "Durable " + learner.username, PASSWORD);
				return learner;
			}));
		}
		List<Learner> learners = new ArrayList<>();
		for (Future<Learner> learner : signing) {
			learners.add(learner.get());
		}
		return learners;
	}

	// ---- load ----

	static void load(String[] args) throws Exception {
		String base = args[1], quiz = args[2];
		int clients = Integer.parseInt(args[3]), learnerCount = Integer.parseInt(args[4]);
		String round = args[5];
		Path ackedFile = Path.of(args[6]), startedFile = Path.of(args[7]);
		double maxSeconds = Double.parseDouble(args[8]);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Learner> learners = signInAll(pool, new PortalClient(base), learnerCount);
		System.out.printf("signed in %d learners%n", learners.size());
		System.out.println("LOADING");
		System.out.flush();
		long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);

		AtomicInteger started = new AtomicInteger(), acknowledged = new AtomicInteger();
		Map<String, Integer> errors = new TreeMap<>();
		List<Future<String>> running = new ArrayList<>();
		try (LineFile acked = new LineFile(ackedFile); LineFile starts = new LineFile(startedFile)) {
			for (int c = 0; c < clients; c++) {
				// Each client has learners of its own (c, c + clients, ...), so no two clients ever
				// share an attempt in progress.
				List<Learner> own = new ArrayList<>();
				for (int i = c; i < learners.size(); i += clients) {
					own.add(learners.get(i));
				}
				PortalClient connection = new PortalClient(base);
				running.add(pool.submit(() -> {
					for (int n = 0; System.nanoTime() < deadline; n++) {
						Learner learner = own.get(n % own.size());
						String step = "start";
						try {
							HttpResponse<String> start = connection.start(learner, quiz);
							// 200 resumes an attempt left in progress, by a submit the last crash cut short.
							if (start.statusCode() != 201 && start.statusCode() != 200) {
								error(errors, "start " + start.statusCode());
								continue;
							}
							PortalClient.Attempt attempt;
							try {
								attempt = PortalClient.attempt(start.body());
							}
							catch (IllegalStateException none) {
								error(errors, "start without an attempt");
								continue;
							}
							String line = round + "," + attempt.id() + "," + learner.username + "," + attempt.number();
							starts.line(line);
							started.incrementAndGet();
							step = "submit";
							HttpResponse<String> submit = connection.submit(learner, quiz, start);
							if (submit.statusCode() / 100 == 2) {
								acked.line(line);
								acknowledged.incrementAndGet();
							}
							else {
								error(errors, "submit " + submit.statusCode());
							}
						}
						catch (IOException gone) {
							// Killed mid-request, or refused afterwards: the server is gone, and this client is done.
							return step + " " + gone.getClass().getSimpleName();
						}
					}
					return "time up";
				}));
			}
			Map<String, Integer> endings = new TreeMap<>();
			for (Future<String> client : running) {
				endings.merge(client.get(), 1, Integer::sum);
			}
			pool.shutdown();
			int failed = errors.values().stream().mapToInt(Integer::intValue).sum();
			System.out.printf("LOAD round=%s started=%d acknowledged=%d failed=%d errors=%s clients_ended_by=%s%n", round,
					started.get(), acknowledged.get(), failed, errors.toString().replace(' ', '_'),
					endings.toString().replace(' ', '_'));
		}
	}

	static void error(Map<String, Integer> errors, String what) {
		synchronized (errors) {
			errors.merge(what, 1, Integer::sum);
		}
	}

	// ---- check ----

	/** An attempt as the files record it: the round, its id, its learner and its number. */
	record Recorded(String round, String id, String username, int number) {
		static Recorded of(String line) {
			String[] fields = line.split(",");
			return new Recorded(fields[0], fields[1], fields[2], Integer.parseInt(fields[3]));
		}
	}

	/** An attempt as the server lists it to its learner. */
	record Listed(String id, int number, String state, boolean graded) {
	}

	static List<Recorded> read(Path file) throws IOException {
		List<Recorded> records = new ArrayList<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file)) {
				if (!line.isBlank()) {
					records.add(Recorded.of(line));
				}
			}
		}
		return records;
	}

	static void check(String[] args) throws Exception {
		String base = args[1], quiz = args[2];
		int learnerCount = Integer.parseInt(args[3]);
		String round = args[4];
		List<Recorded> allAcked = read(Path.of(args[5]));
		List<Recorded> allStarted = read(Path.of(args[6]));
		double progressWait = Double.parseDouble(args[7]);

		Set<String> ackedEver = new HashSet<>();
		allAcked.forEach(acked -> ackedEver.add(acked.id()));
		List<Recorded> acked = allAcked.stream().filter(record -> record.round().equals(round)).toList();
		// A start may be recorded twice, when an attempt left in progress by a crash is resumed a round later.
		Map<String, Recorded> started = new LinkedHashMap<>();
		allStarted.stream().filter(record -> record.round().equals(round)).forEach(record -> started.put(record.id(), record));

		ExecutorService pool = Executors.newFixedThreadPool(8);
		PortalClient http = new PortalClient(base);
		Map<String, Learner> learners = new HashMap<>();
		signInAll(pool, http, learnerCount).forEach(learner -> learners.put(learner.username, learner));

		// What the quiz module lists, learner by learner: every attempt with its id, state and grade.
		Map<String, List<Listed>> listedById = new HashMap<>();
		Map<String, Integer> sameNumber = new HashMap<>();
		for (Learner learner : learners.values()) {
			HttpResponse<String> info = http.get(learner, "/api/quizzes/" + quiz);
			if (info.statusCode() != 200) {
				throw new IllegalStateException("GET /api/quizzes/" + quiz + " as " + learner.username + ": " + info.statusCode());
			}
			Matcher summary = SUMMARY.matcher(info.body());
			while (summary.find()) {
				Listed listed = new Listed(summary.group(1), Integer.parseInt(summary.group(2)), summary.group(3),
						!summary.group(4).equals("null") && !summary.group(5).equals("null"));
				listedById.computeIfAbsent(listed.id(), id -> new ArrayList<>()).add(listed);
				sameNumber.merge(learner.username + "#" + listed.number(), 1, Integer::sum);
			}
		}

		int once = 0, missing = 0, duplicated = 0;
		for (Recorded attempt : acked) {
			List<Listed> listed = listedById.getOrDefault(attempt.id(), List.of());
			long submitted = listed.stream().filter(one -> one.state().equals("submitted") && one.graded()).count();
			int numbered = sameNumber.getOrDefault(attempt.username() + "#" + attempt.number(), 0);
			if (listed.size() > 1 || numbered > 1) {
				duplicated++;
				System.out.printf("DUPLICATED %s (%s, attempt %d): listed %d times, %d attempts numbered %d%n", attempt.id(),
						attempt.username(), attempt.number(), listed.size(), numbered, attempt.number());
			}
			else if (submitted == 1) {
				once++;
			}
			else {
				missing++;
				System.out.printf("MISSING %s (%s, attempt %d): %s%n", attempt.id(), attempt.username(), attempt.number(),
						listed.isEmpty() ? "not listed" : "listed as " + listed.get(0));
			}
		}
		// Started this round and never acknowledged: submitted means the crash came between the commit
		// and the response (fine); in progress means the submit never committed, or was never sent.
		int unacknowledged = 0, inProgress = 0, gone = 0;
		for (Recorded attempt : started.values()) {
			if (ackedEver.contains(attempt.id())) {
				continue;
			}
			List<Listed> listed = listedById.getOrDefault(attempt.id(), List.of());
			if (listed.isEmpty()) {
				gone++;
			}
			else if (listed.get(0).state().equals("submitted")) {
				unacknowledged++;
			}
			else {
				inProgress++;
			}
		}

		// The progress module's scores, by learner and attempt number: one for each attempt of this
		// round stored as submitted, whether acknowledged or not. Re-delivered events are handled after
		// start-up, so this waits for them.
		Map<String, List<Recorded>> expectedScores = new HashMap<>();
		for (Recorded attempt : started.values()) {
			List<Listed> listed = listedById.getOrDefault(attempt.id(), List.of());
			if (listed.size() == 1 && listed.get(0).state().equals("submitted")) {
				expectedScores.computeIfAbsent(attempt.username(), name -> new ArrayList<>()).add(attempt);
			}
		}
		for (Recorded attempt : acked) {
			if (!expectedScores.getOrDefault(attempt.username(), List.of()).contains(attempt)) {
				// Missing from the quiz module: its score is expected all the same, and counted missing if absent.
				expectedScores.computeIfAbsent(attempt.username(), name -> new ArrayList<>()).add(attempt);
			}
		}
		long waitStarted = System.nanoTime();
		Map<String, Integer> scoresOf = new HashMap<>();
		double lag = 0;
		while (true) {
			scoresOf.clear();
			for (String username : expectedScores.keySet()) {
				Matcher score = SCORE.matcher(http.get(learners.get(username), "/me/data.json").body());
				while (score.find()) {
					if (score.group(1).equals(quiz)) {
						scoresOf.merge(username + "#" + score.group(2), 1, Integer::sum);
					}
				}
			}
			lag = (System.nanoTime() - waitStarted) / 1e9;
			boolean complete = expectedScores.values().stream().flatMap(List::stream)
				.allMatch(attempt -> scoresOf.getOrDefault(attempt.username() + "#" + attempt.number(), 0) >= 1);
			if (complete || lag > progressWait) {
				break;
			}
			Thread.sleep(1000);
		}
		int scored = 0, scoresMissing = 0, scoresDuplicated = 0, unackedScored = 0;
		for (List<Recorded> attempts : expectedScores.values()) {
			for (Recorded attempt : attempts) {
				int scores = scoresOf.getOrDefault(attempt.username() + "#" + attempt.number(), 0);
				boolean wasAcked = ackedEver.contains(attempt.id());
				if (scores > 1) {
					scoresDuplicated++;
					System.out.printf("SCORE DUPLICATED %s (%s, attempt %d): %d scores%n", attempt.id(), attempt.username(),
							attempt.number(), scores);
				}
				else if (scores == 0) {
					scoresMissing++;
					System.out.printf("SCORE MISSING %s (%s, attempt %d, %s) after %.0f s%n", attempt.id(), attempt.username(),
							attempt.number(), wasAcked ? "acknowledged" : "not acknowledged", lag);
				}
				else if (wasAcked) {
					scored++;
				}
				else {
					unackedScored++;
				}
			}
		}
		pool.shutdown();
		// Every learner's, of every round: to compare with what the database file held right after the crash.
		long submittedTotal = listedById.values().stream().flatMap(List::stream)
			.filter(listed -> listed.state().equals("submitted")).count();
		System.out.printf("CHECK round=%s acknowledged=%d once=%d missing=%d duplicated=%d unacknowledged=%d in_progress=%d"
				+ " not_stored=%d scored=%d unacknowledged_scored=%d scores_missing=%d scores_duplicated=%d progress_wait=%.0f"
				+ " submitted_total=%d%n", round, acked.size(), once, missing, duplicated, unacknowledged, inProgress, gone,
				scored, unackedScored, scoresMissing, scoresDuplicated, lag, submittedTotal);
	}

	public static void main(String[] args) {
		// Exits explicitly: a failure must not leave the process waiting on its idle pool threads.
		try {
			switch (args.length == 0 ? "" : args[0]) {
				case "load" -> load(args);
				case "check" -> check(args);
				default -> {
					System.err.println("usage: java DurabilityBench load|check ... (see bench/durability.sh)");
					System.exit(2);
				}
			}
		}
		catch (Exception failed) {
			failed.printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}
}
