package io.lectern.accounts.internal.passkeys;

import io.lectern.accounts.LearnerDeleted;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's passkeys: listing them, naming a new one, removing one or all, and forgetting them
 * with the account. Spring Security's filters run the ceremonies; the account's user handle, which
 * its authenticators keep, is its learner id, so each passkey leads back to its account.
 * Additions and removals are security events.
 */
@Service
public class Passkeys {

	/** One passkey as its owner sees it: the id is the credential id, base64url. */
	public record Passkey(String id, String label, Instant created, Instant lastUsed) {
	}

	/** Names are for the owner to tell their passkeys apart; longer ones are cut. */
	public static final int MAX_LABEL = 60;

	private final PublicKeyCredentialUserEntityRepository userEntities;
	private final UserCredentialRepository credentials;
	private final SecurityEventLog securityEvents;

	Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			SecurityEventLog securityEvents) {
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.securityEvents = securityEvents;
	}

	/** The learner id an authenticator's user handle stands for. */
	public static String learnerIdOf(PublicKeyCredentialUserEntity user) {
		return new String(user.getId().getBytes(), StandardCharsets.UTF_8);
	}

	@Transactional(readOnly = true)
	public List<Passkey> of(String learnerId) {
		return credentials.findByUserId(handle(learnerId))
			.stream()
			.sorted(Comparator.comparing(CredentialRecord::getCreated, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(record -> new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
					record.getLastUsed()))
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean any(String learnerId) {
		return !credentials.findByUserId(handle(learnerId)).isEmpty();
	}

	/**
	 * Makes the account known to passkeys under its learner id, before its first passkey is made:
	 * Spring Security would otherwise give it a random user handle that says nothing of the account.
	 */
	@Transactional
	public void prepare(String learnerId, String username, String displayName) {
		if (userEntities.findByUsername(username) == null) {
			userEntities.save(ImmutablePublicKeyCredentialUserEntity.builder()
				.id(handle(learnerId))
				.name(username)
				.displayName(displayName)
				.build());
		}
	}

	/**
	 * Records the passkeys the account has now that it did not have before (normally one), with a
	 * name of at most {@link #MAX_LABEL} characters, and says whether there was any.
	 */
	@Transactional
	public boolean added(String learnerId, String username, Set<String> before, String address) {
		List<CredentialRecord> fresh = credentials.findByUserId(handle(learnerId))
			.stream()
			.filter(record -> !before.contains(record.getCredentialId().toBase64UrlString()))
			.toList();
		for (CredentialRecord record : fresh) {
			String label = labelOf(record.getLabel());
			if (!label.equals(record.getLabel())) {
				credentials.save(ImmutableCredentialRecord.fromCredentialRecord(record).label(label).build());
			}
			securityEvents.record(SecurityEventEntry.of(SecurityEventKind.PASSKEY_ADDED, Outcome.SUCCEEDED)
				.account(username, learnerId)
				.from(address)
				.saying("\"" + label + "\""));
		}
		return !fresh.isEmpty();
	}

	/** The ids of the account's passkeys now, to compare with after a registration. */
	@Transactional(readOnly = true)
	public Set<String> ids(String learnerId) {
		return of(learnerId).stream().map(Passkey::id).collect(Collectors.toSet());
	}

	/** Removes one of the account's own passkeys; empty when it has no passkey of that id. */
	@Transactional
	public Optional<Passkey> remove(String learnerId, String username, String passkeyId, String address) {
		Optional<Passkey> found = of(learnerId).stream().filter(passkey -> passkey.id().equals(passkeyId)).findFirst();
		found.ifPresent(passkey -> {
			credentials.delete(Bytes.fromBase64(passkey.id()));
			securityEvents.record(SecurityEventEntry.of(SecurityEventKind.PASSKEY_REMOVED, Outcome.SUCCEEDED)
				.account(username, learnerId)
				.from(address)
				.saying("\"" + passkey.label() + "\""));
		});
		return found;
	}

	/** Removes every passkey of the account, as an admin's reset of its second factors does; how many there were. */
	@Transactional
	public int removeAll(String learnerId, String username, String actor, String address) {
		List<Passkey> all = of(learnerId);
		all.forEach(passkey -> credentials.delete(Bytes.fromBase64(passkey.id())));
		if (!all.isEmpty()) {
			securityEvents.record(SecurityEventEntry.of(SecurityEventKind.PASSKEY_REMOVED, Outcome.SUCCEEDED)
				.account(username, learnerId)
				.by(actor)
				.from(address)
				.saying(all.size() == 1 ? "1 passkey" : all.size() + " passkeys"));
		}
		return all.size();
	}

	@EventListener
	void on(LearnerDeleted deleted) {
		// The entity's passkeys go with it (ON DELETE CASCADE).
		userEntities.delete(handle(deleted.learnerId().value()));
	}

	static String labelOf(String typed) {
		String label = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
		if (label.isEmpty()) {
			return "Passkey";
		}
		return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL).strip();
	}

	private static Bytes handle(String learnerId) {
		return new Bytes(learnerId.getBytes(StandardCharsets.UTF_8));
	}
}
