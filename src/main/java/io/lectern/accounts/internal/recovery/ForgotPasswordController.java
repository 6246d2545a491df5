package io.lectern.accounts.internal.recovery;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountCredentials;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?": a username or confirmed e-mail address in, a reset link out by mail. The
 * answer is the same page, status and length whether or not an account matches, and it is sent
 * before anything is looked up: the look-up and the mail happen afterwards on another thread, so the
 * time of the answer says nothing either. Requests are throttled per name and per address like logins,
 * counted apart from them so that asking for resets cannot lock anyone out of logging in.
 */
@Controller
class ForgotPasswordController {

	private static final Logger log = LoggerFactory.getLogger(ForgotPasswordController.class);

	private final AccountCredentials accounts;
	private final AccountWords words;
	private final HashedOneTimeTokens tokens;
	private final RecoveryMail mail;
	private final SecurityEventLog securityEvents;
	private final TaskExecutor background;
	private final LoginThrottle throttle;

	ForgotPasswordController(AccountCredentials accounts, @Qualifier("passwordResetTokens") HashedOneTimeTokens tokens,
			RecoveryMail mail, SecurityEventLog securityEvents,
			@Qualifier("applicationTaskExecutor") TaskExecutor background,
			@Value("${lectern.login.failures-per-account:5}") int perAccount,
			@Value("${lectern.login.failures-per-address:20}") int perAddress,
			@Value("${lectern.login.failure-window:15m}") Duration window, Clock clock, AccountWords words) {
		this.words = words;
		this.accounts = accounts;
		this.tokens = tokens;
		this.mail = mail;
		this.securityEvents = securityEvents;
		this.background = background;
		this.throttle = LoginThrottle.separate(perAccount, perAddress, window, clock);
	}

	@GetMapping("/login/forgot")
	String initForgotForm(Model model) {
		model.addAttribute("mail", mail.available());
		model.addAttribute("sent", false);
		return "accounts/forgot";
	}

	@PostMapping("/login/forgot")
	String processForgotForm(@RequestParam(defaultValue = "") String account, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("mail", mail.available());
		String address = request.getRemoteAddr();
		String typed = account.length() > 254 ? account.substring(0, 254) : account.strip();
		Optional<Duration> locked = throttle.lockedFor(typed, address);
		if (locked.isPresent()) {
			long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, locked.get().toSeconds())));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("sent", false);
			model.addAttribute("problem", words.say("account.forgot.problem.tooMany", minutes));
			securityEvents.record(SecurityEventEntry.of(SecurityEventKind.PASSWORD_RESET_REQUESTED, Outcome.REFUSED)
				.account(typed, null)
				.from(address)
				.saying("throttled"));
			return "accounts/forgot";
		}
		throttle.failed(typed, address);
		if (mail.available() && !typed.isEmpty()) {
			// The mail goes out on another thread, where the request's language is no longer known.
			Locale asked = LocaleContextHolder.getLocale();
			background.execute(() -> sendLinks(typed, address, asked));
		}
		model.addAttribute("sent", true);
		return "accounts/forgot";
	}

	/** Mails a link to each account the request names; records the request whatever it named. */
	private void sendLinks(String typed, String address, Locale asked) {
		try {
			var found = accounts.recoverable(typed);
			securityEvents.record(SecurityEventEntry.of(SecurityEventKind.PASSWORD_RESET_REQUESTED, Outcome.SUCCEEDED)
				.account(found.size() == 1 ? found.get(0).username() : typed, found.size() == 1 ? found.get(0).publicId() : null)
				.from(address)
				.saying(found.isEmpty() ? "no account with a confirmed address matched; nothing sent" : "link sent"));
			for (Account account : found) {
				OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(account.username(), RecoveryConfiguration.LINK_LIFETIME));
				mail.sendResetLink(account, asked, token.getTokenValue());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not send a password reset link: {}", ex.toString());
		}
	}
}
