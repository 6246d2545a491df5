package io.lectern.progress.internal.standing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A digest of the steps a course had when its standings were last worked out in full. */
@Entity
@Table(name = "course_standing_basis")
class StandingBasis {

	@Id
	private String courseSlug;

	private String stepsDigest;

	protected StandingBasis() {
	}

	StandingBasis(String courseSlug, String stepsDigest) {
		this.courseSlug = courseSlug;
		this.stepsDigest = stepsDigest;
	}

	/** What a course's standings count: its lessons and its quizzes, each in order. */
	static String digest(List<String> lessons, List<String> quizzes) {
		String steps = String.join("\n", lessons) + "\n\n" + String.join("\n", quizzes);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(steps.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}

	String stepsDigest() {
		return stepsDigest;
	}

	void change(String stepsDigest) {
		this.stepsDigest = stepsDigest;
	}
}
