package io.lectern.accounts.internal.sso;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * A person confirming who they are by logging in again at their provider, in place of the current
 * password an account opened through single sign-on does not know (OpenID Connect Core 1.0, 3.1.2.1
 * and 2: the request asks {@code prompt=login} and a {@code max_age}; the ID token must then carry
 * {@code auth_time}, which is checked to lie within it). A confirmation holds for
 * {@code lectern.sso.reauthentication-window} (5 minutes unless set), in this session only, for
 * this account only.
 */
@Component
public class ProviderConfirmations {

	static final String CONFIRMING = "lectern.sso.confirming";

	static final String CONFIRMED = "lectern.sso.confirmed";

	static final String PROBLEM = "lectern.sso.confirm-problem";

	/** How far apart the provider's clock and the portal's may be. */
	static final Duration SKEW = Duration.ofSeconds(60);

	/**
	 * A confirmation asked for: by whom, at which provider, where to return, when, and the login
	 * that asked, which the session keeps whatever the provider answers.
	 */
	record Confirming(String learnerId, String registrationId, String next, Instant startedAt, Authentication login)
			implements Serializable {
	}

	/** A confirmation given: by whom, through which provider, when the provider logged them in. */
	record Confirmed(String learnerId, String providerName, Instant at) implements Serializable {
	}

	private final Duration window;
	private final AccountWords words;
	private final SecurityEventLog securityEvents;
	private final Clock clock;

	ProviderConfirmations(@Value("${lectern.sso.reauthentication-window:PT5M}") Duration window,
			SecurityEventLog securityEvents, Clock clock, AccountWords words) {
		this.words = words;
		this.window = window;
		this.securityEvents = securityEvents;
		this.clock = clock;
	}

	/** Whether the account logged in this session confirmed itself at its provider within the window. */
	public boolean recent(HttpServletRequest request, String learnerId) {
		return confirmedUntil(request, learnerId).isPresent();
	}

	/** Until when the confirmation holds, with the provider's name; empty when there is none that holds. */
	public Optional<Map.Entry<String, Instant>> confirmedUntil(HttpServletRequest request, String learnerId) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(CONFIRMED) instanceof Confirmed confirmed)
				|| !confirmed.learnerId().equals(learnerId)) {
			return Optional.empty();
		}
		Instant until = confirmed.at().plus(window);
		return until.isAfter(clock.instant()) ? Optional.of(Map.entry(confirmed.providerName(), until)) : Optional.empty();
	}

	/** What went wrong with the last confirmation, said once. */
	public Optional<String> takeProblem(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PROBLEM) instanceof String problem)) {
			return Optional.empty();
		}
		session.removeAttribute(PROBLEM);
		return Optional.of(problem);
	}

	void start(HttpSession session, Confirming confirming) {
		session.removeAttribute(CONFIRMED);
		session.setAttribute(CONFIRMING, confirming);
	}

	/** The confirmation this session waits for at this provider, if one was asked for in the last minutes. */
	Optional<Confirming> waitingFor(HttpSession session, String registrationId) {
		if (session == null || !(session.getAttribute(CONFIRMING) instanceof Confirming confirming)
				|| !confirming.registrationId().equals(registrationId)
				|| confirming.startedAt().plus(ProviderLogin.LIFETIME).isBefore(clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(confirming);
	}

	/** The confirmation the provider's answer ends, taken from the session: it serves once. */
	Optional<Confirming> take(HttpSession session) {
		Object confirming = session.getAttribute(CONFIRMING);
		session.removeAttribute(CONFIRMING);
		return confirming instanceof Confirming found ? Optional.of(found) : Optional.empty();
	}

	void forget(HttpSession session) {
		if (session != null) {
			session.removeAttribute(CONFIRMING);
		}
	}

	/** The {@code max_age} sent, in seconds: the window itself, so a login the provider reports older is refused. */
	long maxAgeSeconds() {
		return window.toSeconds();
	}

	/**
	 * Checks the provider's answer to a confirmation and records it: the identity must be one that
	 * opens this account, and its {@code auth_time} must be present and no older than the
	 * {@code max_age} asked for (nor in the future), as OpenID Connect Core 1.0, 3.1.3.7, step 13, says.
	 *
	 * @return the problem, in words, when it does not confirm
	 */
	Optional<String> check(Confirming confirming, OidcUser user, Optional<String> learnerOfIdentity, String providerName,
			String address, HttpSession session) {
		Instant now = clock.instant();
		Instant authenticatedAt = user.getAuthenticatedAt();
		String problem = null;
		String detail = null;
		if (learnerOfIdentity.filter(confirming.learnerId()::equals).isEmpty()) {
			problem = words.say("account.confirm.problem.otherIdentity", providerName);
			detail = "another identity at " + confirming.registrationId();
		}
		else if (authenticatedAt == null) {
			problem = words.say("account.confirm.problem.noTime", providerName);
			detail = "no auth_time from " + confirming.registrationId();
		}
		else if (authenticatedAt.isBefore(now.minusSeconds(maxAgeSeconds()).minus(SKEW))
				|| authenticatedAt.isAfter(now.plus(SKEW))) {
			problem = words.say("account.confirm.problem.notRecent", providerName);
			detail = "auth_time " + authenticatedAt + " outside max_age " + maxAgeSeconds() + " s at " + confirming.registrationId();
		}
		SecurityEventEntry event = SecurityEventEntry.of(SecurityEventKind.REAUTHENTICATED, Outcome.SUCCEEDED)
			.account(confirming.login().getName(), confirming.learnerId())
			.from(address);
		if (problem != null) {
			securityEvents.record(event.ended(Outcome.FAILED).saying(detail));
			session.setAttribute(PROBLEM, problem);
			return Optional.of(problem);
		}
		session.setAttribute(CONFIRMED, new Confirmed(confirming.learnerId(), providerName, authenticatedAt.isAfter(now) ? now : authenticatedAt));
		securityEvents.record(event.saying("logged in again with " + confirming.registrationId()));
		return Optional.empty();
	}

	/** The provider refused or failed: the person stays logged in as before, told what happened. */
	void failed(Confirming confirming, String providerName, String error, String address, HttpSession session) {
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.REAUTHENTICATED, Outcome.FAILED)
			.account(confirming.login().getName(), confirming.learnerId())
			.from(address)
			.saying(confirming.registrationId() + ": " + error));
		session.setAttribute(PROBLEM, words.say("account.confirm.problem.failed", providerName));
	}
}
