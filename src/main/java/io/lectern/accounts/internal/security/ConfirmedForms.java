package io.lectern.accounts.internal.security;

import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.AccountCredentials;
import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.sso.ProviderConfirmations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The refusals shared by the security forms that ask the learner to confirm it is them (two-step
 * login off, new recovery codes, a passkey removed): they are paused with the login throttle, so
 * that they cannot be used to guess the password, and every wrong answer counts as a failed login
 * and is recorded as a security event.
 */
@Component
class ConfirmedForms {

	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;
	private final ProviderConfirmations confirmations;
	private final AccountCredentials accounts;
	private final AccountWords words;

	ConfirmedForms(LoginThrottle throttle, SecurityEventLog securityEvents, ProviderConfirmations confirmations,
			AccountCredentials accounts, AccountWords words) {
		this.throttle = throttle;
		this.securityEvents = securityEvents;
		this.confirmations = confirmations;
		this.accounts = accounts;
		this.words = words;
	}

	/**
	 * One submission of such a form.
	 *
	 * @param kind what the form changes, for the security events of its refusals
	 * @param problem the model attribute the page shows a refusal in
	 */
	Submission submitted(SignedIn user, SecurityEventKind kind, String problem, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SecurityEventEntry refusal = SecurityEventEntry.of(kind, Outcome.FAILED)
			.account(user.getUsername(), user.learnerId().value())
			.from(request.getRemoteAddr());
		return new Submission(user, refusal, problem, request, response, model);
	}

	/** A form's submission, with the refusal recorded if it is refused. */
	final class Submission {

		private final SignedIn user;
		private final SecurityEventEntry refusal;
		private final String problem;
		private final HttpServletRequest request;
		private final HttpServletResponse response;
		private final Model model;

		private Submission(SignedIn user, SecurityEventEntry refusal, String problem, HttpServletRequest request,
				HttpServletResponse response, Model model) {
			this.user = user;
			this.refusal = refusal;
			this.problem = problem;
			this.request = request;
			this.response = response;
			this.model = model;
		}

		/**
		 * Whether the account or the address is paused by the login throttle; if so the answer is a
		 * 429 that says when to try again, and the refusal is recorded.
		 */
		boolean paused() {
			Optional<Duration> locked = throttle.lockedFor(user.getUsername(), request.getRemoteAddr());
			if (locked.isEmpty()) {
				return false;
			}
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, locked.get().toSeconds())));
			securityEvents.record(refusal.ended(Outcome.REFUSED).saying("throttled"));
			model.addAttribute(problem, words.say("account.problem.tooManyTries", Math.max(1, (locked.get().toSeconds() + 59) / 60)));
			return true;
		}

		/**
		 * Whether it is the learner: they confirmed at their sign-in provider a moment ago, or typed
		 * their current password. When not, the wrong password is refused with {@code problemKey}.
		 */
		boolean confirmedBy(String currentPassword, String problemKey) {
			String learner = user.learnerId().value();
			if (confirmations.recent(request, learner) || accounts.isPasswordOf(learner, currentPassword)) {
				return true;
			}
			refuse("wrong current password", problemKey);
			return false;
		}

		/**
		 * A wrong answer (a password, a code): counted against the login throttle, recorded with
		 * {@code why}, and shown as the message {@code problemKey} with a 400.
		 */
		void refuse(String why, String problemKey) {
			throttle.failed(user.getUsername(), request.getRemoteAddr());
			securityEvents.record(refusal.saying(why));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute(problem, words.say(problemKey));
		}
	}
}
