package io.lectern.accounts.internal.audit;

import io.lectern.accounts.LearnerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the security event log. Immutable: Hibernate never writes a change to a stored event,
 * and nothing in the portal deletes one except the retention purge.
 */
@Entity
@Immutable
@Table(name = "security_event")
public class SecurityEvent {

	static final int NAME_LENGTH = 40;
	static final int ADDRESS_LENGTH = 64;
	static final int DETAIL_LENGTH = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private SecurityEventKind kind;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String username;

	@Column(name = "learner_id")
	private LearnerId learnerId;

	private String actor;

	private String address;

	private String detail;

	protected SecurityEvent() {
	}

	SecurityEvent(Instant occurredAt, SecurityEventKind kind, Outcome outcome, String username, LearnerId learnerId,
			String actor, String address, String detail) {
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.outcome = outcome;
		this.username = cut(username, NAME_LENGTH);
		this.learnerId = learnerId;
		this.actor = cut(actor, NAME_LENGTH);
		this.address = cut(address, ADDRESS_LENGTH);
		this.detail = cut(detail, DETAIL_LENGTH);
	}

	/** What a person typed is kept as typed, but never longer than its column. */
	private static String cut(String text, int length) {
		if (text == null) {
			return null;
		}
		String printable = text.replaceAll("\\p{Cntrl}", "?");
		return printable.length() <= length ? printable : printable.substring(0, length);
	}

	public Long id() {
		return id;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public SecurityEventKind kind() {
		return kind;
	}

	public Outcome outcome() {
		return outcome;
	}

	public String username() {
		return username;
	}

	public LearnerId learnerId() {
		return learnerId;
	}

	public String actor() {
		return actor;
	}

	public String address() {
		return address;
	}

	public String detail() {
		return detail;
	}
}
