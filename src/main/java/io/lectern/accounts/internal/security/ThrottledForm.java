package io.lectern.accounts.internal.security;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The security forms that ask for the current password (two-step login off, new recovery codes, a
 * passkey removed) are paused with the login throttle, so that they cannot be used to guess it:
 * while the account or the address is paused, the form answers 429 with when to try again, and a
 * wrong answer counts as a failed login.
 */
final class ThrottledForm {

	private ThrottledForm() {
	}

	/**
	 * @param problem the model attribute the page shows the refusal in
	 * @return whether the form is paused; if so, the answer's status, header and message are set
	 *     and the refusal recorded
	 */
	static boolean paused(LoginThrottle throttle, String username, String address, SecurityEventEntry refusal,
			SecurityEventLog securityEvents, HttpServletResponse response, Model model, String problem, AccountWords words) {
		Optional<Duration> locked = throttle.lockedFor(username, address);
		if (locked.isEmpty()) {
			return false;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, locked.get().toSeconds())));
		securityEvents.record(refusal.ended(Outcome.REFUSED).saying("throttled"));
		model.addAttribute(problem, words.say("account.problem.tooManyTries", Math.max(1, (locked.get().toSeconds() + 59) / 60)));
		return true;
	}

	/** A wrong current password or code: counted against the login throttle, recorded, and shown under {@code problem}. */
	static void wrong(LoginThrottle throttle, String username, String address, SecurityEventEntry event,
			SecurityEventLog securityEvents, HttpServletResponse response, Model model, String problem, String message) {
		throttle.failed(username, address);
		securityEvents.record(event);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute(problem, message);
	}
}
