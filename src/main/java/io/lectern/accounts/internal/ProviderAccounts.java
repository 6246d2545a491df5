package io.lectern.accounts.internal;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts that single sign-on opens: made at a person's first login through a provider, with a
 * username derived from what the provider calls them that never takes an existing account's name,
 * and a password nobody knows, so that only the provider (or a reset link) logs them in.
 */
@Service
public class ProviderAccounts {

	private static final int BASE_LENGTH = 32;

	private final AccountRepository accounts;
	private final PasswordEncoder encoder;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ProviderAccounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	/**
	 * A new account named after the first of {@code names} that makes a username (the provider's
	 * preferred username, say, then its e-mail address), with the first free of that name, name-2,
	 * name-3 and so on.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Account open(String displayName, String... names) {
		String base = base(names);
		String name = displayName(displayName, base);
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String unusable = encoder.encode(HexFormat.of().formatHex(secret));
		for (int attempt = 1; ; attempt++) {
			Username username = Username.parse(candidate(base, attempt)).orElseThrow();
			if (accounts.findByUsername(username.value()).isPresent()) {
				continue;
			}
			try {
				return accounts.saveAndFlush(Account.register(username, name, unusable, clock.instant()));
			}
			catch (DataIntegrityViolationException takenAtTheSameMoment) {
				// Another login took the name in between: the next number will do.
			}
		}
	}

	/** The accounts whose confirmed e-mail address this is: those a verified address may be linked to. */
	@Transactional(readOnly = true)
	public List<Account> withConfirmedEmail(String email) {
		return email == null ? List.of() : accounts.findByConfirmedEmail(email);
	}

	/**
	 * A username's stem from the first name that has letters or digits: accents dropped, lower case,
	 * anything but letters, digits, dots, dashes and underscores made a dash, and only the part of an
	 * e-mail address before the @.
	 */
	static String base(String... names) {
		return Stream.of(names)
			.map(name -> name == null ? "" : name.contains("@") ? name.substring(0, name.indexOf('@')) : name)
			.map(ProviderAccounts::clean)
			.filter(stem -> stem.length() >= 3)
			.findFirst()
			.orElse("learner");
	}

	static String candidate(String base, int attempt) {
		return attempt == 1 ? base : base + "-" + attempt;
	}

	private static String clean(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		String stem = plain.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[._-]+", "");
		stem = stem.length() > BASE_LENGTH ? stem.substring(0, BASE_LENGTH) : stem;
		return stem.replaceAll("[._-]+$", "");
	}

	private static String displayName(String given, String fallback) {
		String name = Optional.ofNullable(given)
			.map(text -> text.replaceAll("\\p{Cntrl}", "").strip())
			.filter(text -> !text.isEmpty())
			.orElse(fallback);
		return name.codePointCount(0, name.length()) <= AccountService.MAX_DISPLAY_NAME ? name
				: name.substring(0, name.offsetByCodePoints(0, AccountService.MAX_DISPLAY_NAME));
	}
}
