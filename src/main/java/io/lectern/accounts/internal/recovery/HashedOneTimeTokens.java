package io.lectern.accounts.internal.recovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security's one-time tokens, kept as a SHA-256 hash only (its own JDBC service keeps the
 * token itself): 256 random bits, so a hash without salt or stretching is enough, and a copy of the
 * table opens nothing. One instance per purpose, so a link for one thing cannot be used for another.
 * A token is used at most once: consuming deletes it, and only the request whose delete took the
 * row gets it, however many arrive at once.
 */
public class HashedOneTimeTokens implements OneTimeTokenService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final String purpose;

	HashedOneTimeTokens(JdbcTemplate jdbc, Clock clock, String purpose) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.purpose = purpose;
	}

	@Override
	@Transactional
	public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expiresAt = now.plus(request.getExpiresIn());
		jdbc.update("delete from one_time_token where expires_at < ?", Timestamp.from(now));
		jdbc.update("insert into one_time_token (token_hash, purpose, username, expires_at) values (?, ?, ?, ?)",
				hash(token), purpose, request.getUsername(), Timestamp.from(expiresAt));
		return new DefaultOneTimeToken(token, request.getUsername(), expiresAt);
	}

	/** The token's owner and expiry if it is still good, now used up; null when it is unknown, used or expired. */
	@Override
	@Transactional
	public OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
		String value = authenticationToken.getTokenValue();
		if (value == null || value.length() > 100) {
			return null;
		}
		String hash = hash(value);
		List<OneTimeToken> found = jdbc.query(
				"select username, expires_at from one_time_token where token_hash = ? and purpose = ?",
				(row, n) -> new DefaultOneTimeToken(value, row.getString(1), row.getTimestamp(2).toInstant()), hash,
				purpose);
		if (found.isEmpty() || jdbc.update("delete from one_time_token where token_hash = ?", hash) == 0) {
			return null;
		}
		OneTimeToken token = found.get(0);
		return token.getExpiresAt().isAfter(clock.instant()) ? token : null;
	}

	/** Whether the token would be accepted now, without using it: for the page that asks for a new password. */
	@Transactional(readOnly = true)
	public boolean isValid(String value) {
		if (value == null || value.length() > 100) {
			return false;
		}
		Integer count = jdbc.queryForObject(
				"select count(*) from one_time_token where token_hash = ? and purpose = ? and expires_at > ?", Integer.class,
				hash(value), purpose, Timestamp.from(clock.instant()));
		return count != null && count > 0;
	}

	/** Withdraws every token of this purpose that the account holds. */
	@Transactional
	public void revokeAll(String username) {
		jdbc.update("delete from one_time_token where username = ? and purpose = ?", username, purpose);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}
}
