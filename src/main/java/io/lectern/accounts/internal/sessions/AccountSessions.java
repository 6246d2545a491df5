package io.lectern.accounts.internal.sessions;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The logins of each account, kept in the database beside whatever keeps the HTTP sessions: the
 * app's memory on one instance, Spring Session's tables on several. Neither store can be asked for
 * "every session of this account" in both set-ups, and an in-memory session cannot be ended from
 * another instance; a row per login can, so a session lives only while its row does.
 */
@Service
public class AccountSessions {

	/** The HTTP session attribute that names the session's row. */
	static final String ATTRIBUTE = "lectern.account-session";

	private final AccountSessionRepository sessions;
	private final Clock clock;
	private final Duration timeout;
	private final Duration lifetime;
	private final ConfirmedSessions confirmed;
	private final TransactionTemplate transaction;

	AccountSessions(AccountSessionRepository sessions, Clock clock, PlatformTransactionManager transactions,
			@Value("${server.servlet.session.timeout:30m}") Duration timeout,
			@Value("${lectern.sessions.absolute-lifetime:7d}") Duration lifetime,
			@Value("${lectern.sessions.checked-every:5s}") Duration checkedEvery) {
		this.sessions = sessions;
		this.clock = clock;
		this.timeout = timeout;
		this.lifetime = lifetime;
		this.confirmed = new ConfirmedSessions(checkedEvery);
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Records a new login in this HTTP session, replacing whatever login it held before. */
	@Transactional
	public void begin(SignedIn user, HttpServletRequest request) {
		AccountSession session = sessions.save(AccountSession.begin(user.learnerId(), request.getRemoteAddr(),
				Device.describe(request.getHeader(HttpHeaders.USER_AGENT)), clock.instant()));
		request.getSession().setAttribute(ATTRIBUTE, session.id());
	}

	/**
	 * Whether the login of this request's session still stands, noting that it was seen: its row is
	 * there, and it is younger than {@code lectern.sessions.absolute-lifetime} (7 days unless set),
	 * however busy it was. The row is looked up at most once every {@code lectern.sessions.checked-every}
	 * (5 s unless set) per login ({@link ConfirmedSessions}). A login from before sessions were recorded
	 * is recorded now.
	 */
	public boolean stillOpen(SignedIn user, HttpServletRequest request) {
		Optional<String> id = current(request);
		if (id.isEmpty()) {
			begin(user, request);
			return true;
		}
		Instant now = clock.instant();
		if (confirmed.open(id.get(), user.learnerId(), now)) {
			return true;
		}
		long endsBefore = confirmed.endsSoFar();
		Optional<Instant> open = transaction.execute(status -> lookUp(id.get(), user, request, now));
		open.ifPresent(startedAt -> confirmed.confirm(id.get(), user.learnerId(), now, startedAt.plus(lifetime), endsBefore));
		return open.isPresent();
	}

	/** When the login began, if it is still open. */
	private Optional<Instant> lookUp(String id, SignedIn user, HttpServletRequest request, Instant now) {
		Optional<AccountSession> session = sessions.findByIdAndLearnerId(id, user.learnerId());
		if (session.isPresent() && session.get().startedAt().plus(lifetime).isBefore(now)) {
			sessions.delete(session.get());
			return Optional.empty();
		}
		session.filter(open -> open.seenLongAgo(now)).ifPresent(open -> open.seen(request.getRemoteAddr(), now));
		return session.map(AccountSession::startedAt);
	}

	/** The id of this request's login, if it is logged in. */
	public Optional<String> current(HttpServletRequest request) {
		HttpSession http = request.getSession(false);
		return Optional.ofNullable(http == null ? null : (String) http.getAttribute(ATTRIBUTE));
	}

	/** The account's sessions that may still be in use, the most recently seen first. */
	@Transactional(readOnly = true)
	public List<AccountSession> of(String learnerId) {
		return sessions.findByLearnerIdAndLastSeenAtAfterOrderByLastSeenAtDesc(LearnerId.of(learnerId), expiredBefore());
	}

	/** Ends one of the account's sessions; false when it has none of that id. */
	@Transactional
	public boolean end(String learnerId, String sessionId) {
		Optional<AccountSession> session = sessions.findByIdAndLearnerId(sessionId, LearnerId.of(learnerId));
		session.ifPresent(sessions::delete);
		confirmed.ended(LearnerId.of(learnerId), sessionId::equals);
		return session.isPresent();
	}

	/** Ends every session of the account but the one named; how many were ended. */
	@Transactional
	public int endOthers(String learnerId, String kept) {
		confirmed.ended(LearnerId.of(learnerId), id -> !id.equals(kept));
		return sessions.deleteOthers(LearnerId.of(learnerId), kept);
	}

	/** Ends every session of the account; how many were ended. */
	@Transactional
	public int endAll(String learnerId) {
		confirmed.ended(LearnerId.of(learnerId), id -> true);
		return sessions.deleteAllOf(LearnerId.of(learnerId));
	}

	/** Forgets logins whose HTTP session has timed out: nobody can use them any more. */
	@Scheduled(cron = "${lectern.sessions.sweep-cron:0 */10 * * * *}")
	@Transactional
	public int sweep() {
		return sessions.deleteSeenBefore(expiredBefore());
	}

	/** A session not seen since then has timed out (last seen is written once a minute at most). */
	private Instant expiredBefore() {
		return clock.instant().minus(timeout).minus(AccountSession.SEEN_EVERY);
	}
}
