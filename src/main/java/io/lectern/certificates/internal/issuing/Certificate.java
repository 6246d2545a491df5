package io.lectern.certificates.internal.issuing;

import io.lectern.accounts.LearnerId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A learner's certificate for a course, with what it says copied in when it was issued: the
 * printed name, the course's title and version, the date. Its id is random and long enough that
 * no one finds a page by trying addresses.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	private String id;

	private LearnerId learnerId;

	private String courseSlug;

	private String courseTitle;

	private String courseVersion;

	private String printedName;

	private String subjectId;

	private Instant issuedAt;

	private boolean publicPage;

	private long statusIndex;

	protected Certificate() {
	}

	Certificate(LearnerId learnerId, String courseSlug, String courseTitle, String courseVersion, String printedName,
			Instant issuedAt, long statusIndex) {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		this.id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.learnerId = learnerId;
		this.courseSlug = courseSlug;
		this.courseTitle = courseTitle;
		this.courseVersion = courseVersion;
		this.printedName = printedName;
		this.subjectId = "urn:uuid:" + UUID.randomUUID();
		this.issuedAt = issuedAt;
		this.publicPage = true;
		this.statusIndex = statusIndex;
	}

	public String id() {
		return id;
	}

	public LearnerId learnerId() {
		return learnerId;
	}

	public String courseSlug() {
		return courseSlug;
	}

	public String courseTitle() {
		return courseTitle;
	}

	public String courseVersion() {
		return courseVersion;
	}

	public String printedName() {
		return printedName;
	}

	/** The learner's {@code urn:uuid} in the credential: theirs for this certificate only. */
	public String subjectId() {
		return subjectId;
	}

	public Instant issuedAt() {
		return issuedAt;
	}

	public boolean publicPage() {
		return publicPage;
	}

	public long statusIndex() {
		return statusIndex;
	}

	public boolean ownedBy(LearnerId learner) {
		return learnerId.equals(learner);
	}

	/** Whether someone other than its learner may see the page. */
	public void showPublicly(boolean shown) {
		this.publicPage = shown;
	}

	public String url() {
		return "/certificates/" + id;
	}
}
