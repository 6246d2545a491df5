package io.lectern.quiz.internal;

import io.lectern.quiz.grading.Response;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the server remembers of a submit it told to come back (503): when it arrived and which
 * answers it carried. Sent again with the same answers, even after the time limit, it is graded as
 * of its first arrival, so waiting one's turn never costs a learner their answers. Kept in the
 * learner's session (shared between instances with the postgres profile), never in a page.
 *
 * @param fingerprint a digest of the answers as sent, so a retry can change none of them
 */
public record SubmitReceipt(String attemptId, Instant receivedAt, String fingerprint) implements Serializable {

	/** The digest of answers as sent, whatever order they came in. */
	public static String fingerprint(Map<String, Response> sent) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(sent).forEach((questionId, response) -> text.append(questionId).append('=')
			.append(ResponseCodec.encode(response)).append('\n'));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("every Java runtime has SHA-256", impossible);
		}
	}

	/** Whether this receipt is for the same attempt and exactly the same answers. */
	public boolean covers(String attemptId, String fingerprint) {
		return this.attemptId.equals(attemptId) && this.fingerprint.equals(fingerprint);
	}
}
