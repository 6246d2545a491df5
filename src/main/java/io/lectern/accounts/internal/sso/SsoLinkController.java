package io.lectern.accounts.internal.sso;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountCredentials;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.ProviderAccounts;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.mfa.MultiFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The linking page: a provider logged in someone new whose verified e-mail address an account here
 * has confirmed. The address alone links nothing; the account's password does, typed here, counted
 * against the login throttle as at the login form, with the code of its two-step login when it has
 * one, so that a link never stands on less than a login would. Or the person opens a new account instead.
 */
@Controller
class SsoLinkController {

	static final String PATH = "/login/sso/link";

	static final String NEW_ACCOUNT = "/login/sso/new";

	private final ProviderAccounts providerAccounts;
	private final AccountCredentials accounts;
	private final AccountWords words;
	private final SsoIdentities identities;
	private final SsoOutcomes outcomes;
	private final SsoLogins logins;
	private final MultiFactor multiFactor;
	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;
	private final Clock clock;

	SsoLinkController(ProviderAccounts providerAccounts, AccountCredentials accounts, SsoIdentities identities,
			SsoOutcomes outcomes, SsoLogins logins, MultiFactor multiFactor, LoginThrottle throttle,
			SecurityEventLog securityEvents, Clock clock, AccountWords words) {
		this.words = words;
		this.providerAccounts = providerAccounts;
		this.accounts = accounts;
		this.identities = identities;
		this.outcomes = outcomes;
		this.logins = logins;
		this.multiFactor = multiFactor;
		this.throttle = throttle;
		this.securityEvents = securityEvents;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String showLinkForm(HttpServletRequest request, Model model) {
		return pending(request).map(login -> page(login, "", model)).orElse("redirect:/login");
	}

	@PostMapping(PATH)
	String processLink(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<ProviderLogin> found = pending(request);
		if (found.isEmpty()) {
			return "redirect:/login";
		}
		ProviderLogin login = found.get();
		String address = request.getRemoteAddr();
		Optional<Account> chosen = providerAccounts.withConfirmedEmail(login.email())
			.stream()
			.filter(account -> account.username().equals(username.strip()))
			.findFirst();
		SecurityEventEntry linking = SecurityEventEntry.of(SecurityEventKind.SSO_LINKED, Outcome.FAILED)
			.account(username.strip(), chosen.map(Account::publicId).orElse(null))
			.from(address);
		Optional<Duration> locked = throttle.lockedFor(username, address);
		if (locked.isPresent()) {
			long seconds = Math.max(1, locked.get().plusMillis(999).toSeconds());
			securityEvents.record(linking.ended(Outcome.REFUSED).saying("throttled for " + seconds + " s"));
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			long minutes = Math.max(1, (seconds + 59) / 60);
			model.addAttribute("problem", words.say("account.ssoLink.problem.tooMany", minutes));
			return page(login, username, model);
		}
		if (chosen.isEmpty() || !accounts.isPasswordOf(chosen.get().publicId(), password)) {
			throttle.failed(username, address);
			securityEvents.record(linking.saying("wrong password, single sign-on with " + login.registrationId()));
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			model.addAttribute("problem", words.say("account.ssoLink.problem.password"));
			return page(login, username, model);
		}
		Account account = chosen.get();
		boolean secondStep = multiFactor.isOn(account.publicId());
		if (secondStep && !multiFactor.check(account.publicId(), code).passed()) {
			throttle.failed(username, address);
			securityEvents.record(linking.saying("wrong code, single sign-on with " + login.registrationId()));
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			model.addAttribute("problem", words.say("account.ssoLink.problem.code"));
			return page(login, username, model);
		}
		identities.link(login, account.publicId());
		throttle.succeeded(account.username());
		securityEvents.record(linking.ended(Outcome.SUCCEEDED).saying("single sign-on with " + login.registrationId()));
		return "redirect:" + logins.logIn(account, login, secondStep, request, response);
	}

	@PostMapping(NEW_ACCOUNT)
	String processNewAccount(HttpServletRequest request, HttpServletResponse response) {
		Optional<ProviderLogin> found = pending(request);
		if (found.isEmpty()) {
			return "redirect:/login";
		}
		Account opened = outcomes.open(found.get(), request.getRemoteAddr(), "; chose a new account over linking");
		return "redirect:" + logins.logIn(opened, found.get(), false, request, response);
	}

	private String page(ProviderLogin login, String username, Model model) {
		List<Account> candidates = providerAccounts.withConfirmedEmail(login.email());
		List<String> usernames = candidates.stream().map(Account::username).toList();
		model.addAttribute("provider", login.providerName());
		model.addAttribute("email", login.email());
		model.addAttribute("usernames", usernames);
		model.addAttribute("username", usernames.contains(username) ? username : usernames.stream().findFirst().orElse(""));
		model.addAttribute("askCode", candidates.stream().anyMatch(account -> multiFactor.isOn(account.publicId())));
		return "accounts/sso-link";
	}

	/** The provider's login waiting in this session for the person's choice, if it has not expired. */
	private Optional<ProviderLogin> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ProviderLogin.ATTRIBUTE) instanceof ProviderLogin login)) {
			return Optional.empty();
		}
		if (login.expiredAt(clock.instant())) {
			session.removeAttribute(ProviderLogin.ATTRIBUTE);
			return Optional.empty();
		}
		return Optional.of(login);
	}
}
