package io.lectern.content.internal.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The version a certificate names: the first 12 hex digits of a SHA-256 over the course's title
 * and each lesson's path, title and source text in reading order. The same files give the same
 * version on every start and every instance; editing a lesson gives another.
 */
final class CourseVersion {

	private CourseVersion() {
	}

	static String of(CoursePlan plan, List<LessonSource> lessons) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, plan.title());
			for (LessonSource lesson : lessons) {
				update(digest, lesson.path());
				update(digest, lesson.title());
				update(digest, lesson.body());
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Each part ends with a NUL, so that moving text from one part to the next changes the digest. */
	private static void update(MessageDigest digest, String part) {
		digest.update(part.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}
}
