import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benches' client of the portal: one HTTP/1.1 connection on which any number of learners act,
 * each with a session cookie and CSRF token of their own, kept by hand (a cookie jar per learner
 * would mean a client, and its selector thread, per learner). Learners register and log in through
 * the portal's forms, as a browser does, and take the bundled quiz through the JSON API.
 */
final class PortalClient {

	/** A learner's session: the cookie and the CSRF token that goes with it. */
	static class Session {
		final String username;
		String cookie;
		String csrfHeader;
		String csrfToken;

		Session(String username) {
			this.username = username;
		}
	}

	/** An attempt as starting it answered: its id and its number among the learner's attempts. */
	record Attempt(String id, int number) {
	}

	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
	private static final Pattern HEADER = Pattern.compile("\"headerName\":\"([^\"]+)\"");
	// The servlet container's session cookie, or Spring Session's when sessions live in the database.
	private static final Pattern SESSION = Pattern.compile("^((?:JSESSIONID|SESSION)=[^;]+)");
	// Jackson writes record components in order, so only a question's own object has "id" right
	// before "number" and "type"; the attempt's own id opens the body and is followed by "quizId".
	private static final Pattern QUESTION_ID = Pattern.compile("\"id\":\"([^\"]+)\",\"number\":\\d+,\"type\"");
	private static final Pattern ATTEMPT = Pattern.compile("^\\{\"id\":\"([^\"]+)\",\"quizId\":\"[^\"]*\",\"number\":(\\d+)");

	/** Answers by the bundled quiz's question ids; padded copies end in "-copyN" and get the same answer. */
	private static final Map<String, String> ANSWERS = Map.of(
			"rds-patching", "{\"choices\":[\"aws\"]}",
			"always-yours", "{\"choices\":[\"data\",\"access\"]}",
			"s3-model", "{\"choices\":[\"false\"]}",
			"lost-key", "{\"text\":\"SSE-C\"}",
			"models-count", "{\"text\":\"4\"}", // wrong on purpose: grading and review see a mix, not all right
			"match-models", "{\"pairs\":{\"ec2\":\"infrastructure\",\"emr\":\"container\",\"dynamodb\":\"abstract\"}}",
			"more-to-less", "{\"order\":[\"ec2\",\"redshift\",\"s3\"]}");

	final String base;
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	PortalClient(String base) {
		this.base = base;
	}

	/**
	 * Registers the learner, or logs in when the name is taken (a reused database, a restarted
	 * server whose sessions are gone), and keeps the logged-in session with its own CSRF token.
	 */
	void signUp(Session learner, String displayName, String password) throws Exception {
		csrf(learner);
		HttpResponse<String> registered = post(learner, "/register", "application/x-www-form-urlencoded",
				form("displayName", displayName, "username", learner.username, "password", password, "confirmPassword",
						password, "_csrf", learner.csrfToken));
		if (registered.statusCode() == 400 && registered.body().contains("This username is taken")) {
			logIn(learner, password);
			return;
		}
		requireSignedIn(registered, "registration of " + learner.username);
		// Registering logs in, and a login hands out a new session with a new token.
		csrf(learner);
	}

	/** Logs in through the login form and keeps the new session with its own CSRF token. */
	void logIn(Session learner, String password) throws Exception {
		if (learner.csrfToken == null) {
			csrf(learner);
		}
		requireSignedIn(post(learner, "/login", "application/x-www-form-urlencoded",
				form("username", learner.username, "password", password, "_csrf", learner.csrfToken)),
				"login of " + learner.username);
		csrf(learner);
	}

	private void csrf(Session learner) throws Exception {
		String body = get(learner, "/api/csrf").body();
		learner.csrfHeader = find(HEADER, body).group(1);
		learner.csrfToken = find(TOKEN, body).group(1);
	}

	private static void requireSignedIn(HttpResponse<String> response, String what) {
		String to = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || to.contains("/register") || to.contains("/login")) {
			throw new IllegalStateException(what + " failed: " + response.statusCode() + " " + to);
		}
	}

	HttpResponse<String> get(Session learner, String path) throws Exception {
		return send(learner, HttpRequest.newBuilder(URI.create(base + path)));
	}

	/** Posts with the learner's CSRF token in its header. */
	HttpResponse<String> post(Session learner, String path, String type, String body) throws Exception {
		return send(learner, HttpRequest.newBuilder(URI.create(base + path)).header(learner.csrfHeader, learner.csrfToken)
			.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Sends with the learner's session cookie, and keeps the new one when the server changes it. */
	HttpResponse<String> send(Session learner, HttpRequest.Builder request) throws Exception {
		if (learner.cookie != null) {
			request.header("Cookie", learner.cookie);
		}
		HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		for (String set : response.headers().allValues("Set-Cookie")) {
			Matcher session = SESSION.matcher(set);
			if (session.find()) {
				learner.cookie = session.group(1);
			}
		}
		return response;
	}

	/** Starts an attempt at the quiz: 201 for a new one, 200 for one left open, resumed. */
	HttpResponse<String> start(Session learner, String quizId) throws Exception {
		return post(learner, "/api/quizzes/" + quizId + "/attempts", "application/json", "");
	}

	/** Submits the attempt that {@code started} opened, answering every question it shows. */
	HttpResponse<String> submit(Session learner, String quizId, HttpResponse<String> started) throws Exception {
		return post(learner, "/api/quizzes/" + quizId + "/attempts/" + attempt(started.body()).id() + "/submission",
				"application/json", answers(started.body()));
	}

	static Attempt attempt(String started) {
		Matcher attempt = find(ATTEMPT, started);
		return new Attempt(attempt.group(1), Integer.parseInt(attempt.group(2)));
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

	static String form(String... namesAndValues) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.append(i == 0 ? "" : "&").append(namesAndValues[i]).append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

	static Matcher find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + pattern + " in " + text.substring(0, Math.min(200, text.length())));
		}
		return matcher;
	}
}
