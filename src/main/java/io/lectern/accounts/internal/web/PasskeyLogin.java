package io.lectern.accounts.internal.web;

import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.AccountService;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.passkeys.Passkeys;
import io.lectern.accounts.internal.sessions.AccountSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;

/**
 * What follows a passkey that Spring Security has checked at {@code POST /login/webauthn}. With a
 * password checked moments before in the same session, the passkey is the second step of that
 * login, and must be the same account's; without one, it is a login on its own (the passkey
 * verified its user with a PIN or a fingerprint, two factors in one). Either way the person is
 * logged in as the account, under a new session id and CSRF token, recorded as one of its sessions and as a
 * security event. A passkey refused counts against the login throttle like a wrong password.
 * The answer is JSON for the page's script: where to go, or that it did not work.
 */
class PasskeyLogin implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final AccountService accounts;
	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;
	private final AccountSessions sessions;
	private final Clock clock;
	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	// Form login gives a new CSRF token at login; Spring's passkey filter does not, so it is done here.
	private final CsrfAuthenticationStrategy csrfTokens = new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());

	PasskeyLogin(AccountService accounts, LoginThrottle throttle, SecurityEventLog securityEvents,
			AccountSessions sessions, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.securityEvents = securityEvents;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String learnerId = Passkeys.learnerIdOf((PublicKeyCredentialUserEntity) authentication.getPrincipal());
		Optional<PendingLogin> pending = pending(request);
		SecurityContextHolder.clearContext();
		contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		Optional<SignedIn> found = accounts.account(learnerId).map(account -> account.signedIn());
		if (found.isEmpty() || pending.filter(login -> !login.learnerId().equals(learnerId)).isPresent()) {
			refuse(request, response, pending, "passkey of another account");
			return;
		}
		SignedIn user = found.get();
		user.eraseCredentials();
		request.getSession().removeAttribute(PendingLogin.ATTRIBUTE);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		csrfTokens.onAuthentication(signedIn, request, response);
		throttle.succeeded(user.getUsername());
		sessions.begin(user, request);
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.LOGIN, Outcome.SUCCEEDED)
			.account(user.getUsername(), user.learnerId().value())
			.from(request.getRemoteAddr())
			.saying(pending.isPresent() ? "password and passkey" : "passkey"));
		String next = pending.map(PendingLogin::next).orElse(request.getParameter(ReturnAddress.PARAMETER));
		answer(response, HttpStatus.OK, "{\"authenticated\":true,\"redirectUrl\":\"" + json(ReturnAddress.orHome(next)) + "\"}");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		refuse(request, response, pending(request), "passkey not accepted");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Optional<PendingLogin> pending,
			String why) throws IOException {
		String address = request.getRemoteAddr();
		if (pending.isPresent()) {
			throttle.failed(pending.get().username(), address);
		}
		else {
			throttle.failedFrom(address);
		}
		securityEvents.record(SecurityEventEntry
			.of(pending.isPresent() ? SecurityEventKind.MFA_FAILED : SecurityEventKind.LOGIN, Outcome.FAILED)
			.account(pending.map(PendingLogin::username).orElse(null), pending.map(PendingLogin::learnerId).orElse(null))
			.from(address)
			.saying(why));
		answer(response, HttpStatus.UNAUTHORIZED, "{\"authenticated\":false}");
	}

	/** The login waiting for its second step in this session, unless it has expired. */
	private Optional<PendingLogin> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(PendingLogin.ATTRIBUTE) instanceof PendingLogin login
				&& !login.expiredAt(clock.instant())) {
			return Optional.of(login);
		}
		return Optional.empty();
	}

	static void answer(HttpServletResponse response, HttpStatus status, String json) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json);
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
