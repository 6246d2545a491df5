package io.lectern.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Failed logins are counted per username (known or not, so that an
 * unknown name behaves exactly like a wrong password) and per client address over a sliding
 * window; at the limit, logins for that name or from that address are refused until the oldest
 * failure leaves the window. Nothing has to unlock an account: the lock simply runs out.
 *
 * <p>Counts live in this instance's memory: several instances each count their own, which at worst
 * multiplies the limit by the number of instances.
 */
@Component
public class LoginThrottle {

	private final int perAccount;
	private final int perAddress;
	private final Duration window;
	private final Clock clock;
	private final Map<String, Deque<Instant>> accounts = new ConcurrentHashMap<>();
	private final Map<String, Deque<Instant>> addresses = new ConcurrentHashMap<>();

	LoginThrottle(@Value("${lectern.login.failures-per-account:5}") int perAccount,
			@Value("${lectern.login.failures-per-address:20}") int perAddress,
			@Value("${lectern.login.failure-window:15m}") Duration window, Clock clock) {
		this.perAccount = perAccount;
		this.perAddress = perAddress;
		this.window = window;
		this.clock = clock;
	}

	/** A throttle of its own, counted apart from logins', for another way in such as password reset requests. */
	public static LoginThrottle separate(int perAccount, int perAddress, Duration window, Clock clock) {
		return new LoginThrottle(perAccount, perAddress, window, clock);
	}

	/** How long until a login for this name from this address may be tried; empty when it may now. */
	public Optional<Duration> lockedFor(String username, String address) {
		Instant now = clock.instant();
		Duration wait = max(waitFor(accounts, key(username), perAccount, now), waitFor(addresses, address, perAddress, now));
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	public void failed(String username, String address) {
		Instant now = clock.instant();
		record(accounts, key(username), now);
		record(addresses, address, now);
	}

	/**
	 * How long until a login from this address may be tried, for a way in that names no account
	 * before it is checked (a passkey): counting those under one empty name would let anyone lock
	 * everybody out.
	 */
	public Optional<Duration> lockedFrom(String address) {
		Duration wait = waitFor(addresses, address, perAddress, clock.instant());
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	/** A failure that names no account: it counts against the address only. */
	public void failedFrom(String address) {
		record(addresses, address, clock.instant());
	}

	/** A right password clears the name's failures; the address keeps its count. */
	public void succeeded(String username) {
		accounts.remove(key(username));
	}

	private Duration waitFor(Map<String, Deque<Instant>> counts, String key, int limit, Instant now) {
		Deque<Instant> failures = counts.get(key);
		if (failures == null) {
			return Duration.ZERO;
		}
		synchronized (failures) {
			forgetOld(failures, now);
			if (failures.size() < limit) {
				return Duration.ZERO;
			}
			// The lock lasts until enough failures have left the window to allow one more try.
			Instant allowed = failures.stream().skip(failures.size() - limit).findFirst().orElseThrow().plus(window);
			return Duration.between(now, allowed);
		}
	}

	private void record(Map<String, Deque<Instant>> counts, String key, Instant now) {
		Deque<Instant> failures = counts.computeIfAbsent(key, any -> new ArrayDeque<>());
		synchronized (failures) {
			forgetOld(failures, now);
			failures.addLast(now);
		}
		// Names that only ever failed long ago are dropped, so guessing many names cannot fill memory.
		if (counts.size() > 10_000) {
			counts.values().removeIf(old -> {
				synchronized (old) {
					forgetOld(old, now);
					return old.isEmpty();
				}
			});
		}
	}

	private void forgetOld(Deque<Instant> failures, Instant now) {
		Instant start = now.minus(window);
		while (!failures.isEmpty() && !failures.peekFirst().isAfter(start)) {
			failures.removeFirst();
		}
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}
}
