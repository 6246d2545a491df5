package io.lectern.accounts.internal.sessions;

import io.lectern.accounts.LearnerId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One login of an account, as its owner sees it in their list of sessions. */
@Entity
@Table(name = "account_session")
public class AccountSession {

	/** Last seen is written at most this often, so that reading pages costs no write each. */
	static final Duration SEEN_EVERY = Duration.ofMinutes(1);

	@Id
	private String id;

	private LearnerId learnerId;

	private Instant startedAt;

	private Instant lastSeenAt;

	private String address;

	private String device;

	protected AccountSession() {
	}

	static AccountSession begin(LearnerId learnerId, String address, String device, Instant now) {
		AccountSession session = new AccountSession();
		session.id = UUID.randomUUID().toString();
		session.learnerId = learnerId;
		session.startedAt = now;
		session.lastSeenAt = now;
		session.address = cut(address, 64);
		session.device = cut(device, 80);
		return session;
	}

	/** Whether this request should be written down as the last time the session was seen. */
	boolean seenLongAgo(Instant now) {
		return lastSeenAt.plus(SEEN_EVERY).isBefore(now);
	}

	void seen(String from, Instant now) {
		lastSeenAt = now;
		address = cut(from, 64);
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	public String id() {
		return id;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public Instant lastSeenAt() {
		return lastSeenAt;
	}

	public String address() {
		return address;
	}

	public String device() {
		return device;
	}
}
