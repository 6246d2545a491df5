package io.lectern.accounts.internal.sso;

import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountService;
import io.lectern.accounts.internal.ProviderAccounts;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What follows a provider's answer. Spring Security has checked it (state, code, ID token, nonce);
 * its login is undone at once, because the portal logs in its own accounts. An identity seen before
 * opens its account. A new one whose address the provider verified, and which an account here has
 * confirmed, is asked on the linking page to prove that account's password; any other new identity
 * opens a new account, so that an address the provider did not verify links to nothing. Failures
 * go to the security event log and back to the login page.
 */
@Component
class SsoOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final Providers providers;
	private final ProviderClaims claims;
	private final SsoIdentities identities;
	private final ProviderAccounts providerAccounts;
	private final AccountService accounts;
	private final SsoLogins logins;
	private final SecurityEventLog securityEvents;
	private final ProviderConfirmations confirmations;
	private final Clock clock;
	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SsoOutcomes(Providers providers, ProviderClaims claims, SsoIdentities identities, ProviderAccounts providerAccounts,
			AccountService accounts, SsoLogins logins, SecurityEventLog securityEvents, ProviderConfirmations confirmations,
			Clock clock) {
		this.confirmations = confirmations;
		this.providers = providers;
		this.claims = claims;
		this.identities = identities;
		this.providerAccounts = providerAccounts;
		this.accounts = accounts;
		this.logins = logins;
		this.securityEvents = securityEvents;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession();
		session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
		String registrationId = token.getAuthorizedClientRegistrationId();
		Optional<ProviderConfirmations.Confirming> confirming = confirmations.take(session);
		if (confirming.isPresent()) {
			OidcUser user = (OidcUser) token.getPrincipal();
			stayLoggedIn(confirming.get(), request, response);
			confirmations.check(confirming.get(), user, identities.learnerOf(user.getIssuer().toString(), user.getSubject()),
					providers.nameOf(registrationId), request.getRemoteAddr(), request.getSession());
			response.sendRedirect(confirming.get().next());
			return;
		}
		ProviderLogin login = claims.read(registrationId, providers.nameOf(registrationId),
				(OidcUser) token.getPrincipal(), NextAfterLogin.take(session), clock.instant());
		Optional<Account> known = identities.logIn(login).flatMap(accounts::account);
		if (known.isPresent()) {
			response.sendRedirect(logins.logIn(known.get(), login, false, request, response));
			return;
		}
		List<Account> sameAddress = providerAccounts.withConfirmedEmail(login.email());
		if (login.emailVerified() && !sameAddress.isEmpty()) {
			session.setAttribute(ProviderLogin.ATTRIBUTE, login);
			response.sendRedirect(SsoLinkController.PATH);
			return;
		}
		Account opened = open(login, request.getRemoteAddr(),
				sameAddress.isEmpty() ? "" : "; its e-mail address is not verified by the provider, so it is linked to no account");
		response.sendRedirect(logins.logIn(opened, login, false, request, response));
	}

	/** A new account for the identity, recorded as a registration. */
	Account open(ProviderLogin login, String address, String remark) {
		Account account = providerAccounts.open(login.displayName(), login.preferredUsername(), login.email());
		identities.link(login, account.publicId());
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.REGISTRATION, Outcome.SUCCEEDED)
			.account(account.username(), account.publicId())
			.from(address)
			.saying("single sign-on with " + login.registrationId() + remark));
		return account;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		// The error code may come from the address bar: only its plain characters reach the log.
		String error = exception instanceof OAuth2AuthenticationException oauth
				? String.valueOf(oauth.getError().getErrorCode()).replaceAll("[^A-Za-z0-9_.-]", "?")
				: "not authenticated";
		String path = request.getRequestURI();
		String registrationId = providers.known(path.substring(path.lastIndexOf('/') + 1)).orElse("an unknown provider");
		HttpSession session = request.getSession(false);
		Optional<ProviderConfirmations.Confirming> confirming = session == null ? Optional.empty() : confirmations.take(session);
		if (confirming.isPresent()) {
			stayLoggedIn(confirming.get(), request, response);
			confirmations.failed(confirming.get(), providers.nameOf(confirming.get().registrationId()), error,
					request.getRemoteAddr(), request.getSession());
			response.sendRedirect(confirming.get().next());
			return;
		}
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.SSO_FAILED, Outcome.FAILED)
			.from(request.getRemoteAddr())
			.saying("single sign-on with " + registrationId + ": " + error));
		response.sendRedirect("/login?sso=failed");
	}

	/** A confirmation, whatever the provider answered, leaves the person logged in as they were before it. */
	private void stayLoggedIn(ProviderConfirmations.Confirming confirming, HttpServletRequest request,
			HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(confirming.login());
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
