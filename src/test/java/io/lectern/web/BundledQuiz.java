package io.lectern.web;

import java.util.ArrayList;
import java.util.List;

/** The bundled course's first quiz (or another of its quizzes), as tests take it through its pages. */
public final class BundledQuiz {

	public static final String INTRO = "/quizzes/shared-responsibility-check";

	/** Every question of the bundled quiz answered right, as the attempt form sends it. */
	public static final String[] ALL_RIGHT = { "q-rds-patching", "aws", "q-always-yours", "data", "q-always-yours", "access",
			"q-s3-model", "false", "q-lost-key", "  sse-C ", "q-models-count", "3", "q-match-models/ec2", "infrastructure",
			"q-match-models/emr", "container", "q-match-models/dynamodb", "abstract", "q-more-to-less/ec2", "1",
			"q-more-to-less/redshift", "2", "q-more-to-less/s3", "3", "q-hadoop-on-ec2", "customer", "q-rds-duties", "sg",
			"q-rds-duties", "users", "q-rds-duties", "backups", "q-of-or-in/disposal", "aws", "q-of-or-in/hypervisor", "aws",
			"q-of-or-in/bucket-policy", "customer", "q-of-or-in/redshift-sg", "customer", "q-dynamodb-network", "iam",
			"q-client-side-meaning", "false", "q-in-transit-protocol", " tls " };

	private BundledQuiz() {
	}

	/** Starts an attempt from the quiz's page, as the Start button does, and returns its address. */
	public static String start(Browser browser) {
		return start(browser, INTRO);
	}

	/** Starts an attempt at the bundled course's quiz at {@code intro}, and returns its address. */
	public static String start(Browser browser, String intro) {
		browser.get(intro);
		return Browser.location(browser.submit(intro + "/attempts"));
	}

	/** Takes the quiz at {@code intro} and submits these answers (name, value pairs as the form sends them). */
	public static void submit(Browser browser, String intro, String... answers) {
		String attempt = start(browser, intro);
		browser.get(attempt);
		List<String> fields = new ArrayList<>(List.of(answers));
		fields.addAll(List.of("action", "submit"));
		browser.submit(attempt, fields.toArray(String[]::new));
	}

	/** Takes the quiz and submits every answer right. */
	public static void pass(Browser browser) {
		submit(browser, INTRO, ALL_RIGHT);
	}

	/** Takes the quiz and submits it blank. */
	public static void fail(Browser browser) {
		submit(browser, INTRO);
	}
}
