package io.lectern.accounts.internal.web;

import io.lectern.accounts.AccountSecurity;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.AccountService;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.mfa.MfaPolicy;
import io.lectern.accounts.internal.mfa.MultiFactor;
import io.lectern.accounts.internal.passkeys.Passkeys;
import io.lectern.accounts.internal.sessions.AccountSessions;
import io.lectern.accounts.internal.sessions.OpenSessionFilter;
import io.lectern.accounts.internal.sso.SingleSignOn;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * Form login at {@code /login} with throttling, logout that ends the session, and "log in first"
 * for guests: pages send them to the login form, the JSON API and the actuator answer 401. Spring Security gives
 * the session a new id at login, so an id planted before it is worth nothing after. Each login is
 * recorded as one of the account's sessions, and a request whose session was ended is logged out.
 * An account with two-step login is asked for a code at {@code /login/code} before it is logged in;
 * one that must set it up can reach nothing but its set-up page until it has. Passkeys (Spring
 * Security's WebAuthn support) serve as that second step, or as a login of their own. The OpenID
 * Connect providers in the properties, if any, log people in too.
 */
@Component
class LoginSecurity implements AccountSecurity {

	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;
	private final AccountSessions sessions;
	private final MultiFactor multiFactor;
	private final MfaPolicy policy;
	private final SingleSignOn singleSignOn;
	private final Passkeys passkeys;
	private final AccountService accounts;
	private final Clock clock;

	LoginSecurity(LoginThrottle throttle, SecurityEventLog securityEvents, AccountSessions sessions,
			MultiFactor multiFactor, MfaPolicy policy, SingleSignOn singleSignOn, Passkeys passkeys,
			AccountService accounts, Clock clock) {
		this.throttle = throttle;
		this.securityEvents = securityEvents;
		this.sessions = sessions;
		this.multiFactor = multiFactor;
		this.policy = policy;
		this.singleSignOn = singleSignOn;
		this.passkeys = passkeys;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		LoginOutcomes outcomes = new LoginOutcomes(throttle, securityEvents, sessions, multiFactor, passkeys, policy, clock);
		PasskeyLogin passkeyLogin = new PasskeyLogin(accounts, throttle, securityEvents, sessions, clock);
		http.formLogin(login -> login.loginPage("/login").successHandler(outcomes).failureHandler(outcomes))
			.addFilterBefore(new LoginThrottleFilter(throttle, securityEvents), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new OpenSessionFilter(sessions), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new EnrolFirstFilter(), AuthorizationFilter.class)
			// Before Spring's passkey filters, which are added later in the same places.
			.addFilterBefore(new PasskeyRegistrationFilter(passkeys), AuthorizationFilter.class)
			.addFilterBefore(new PasskeyThrottleFilter(throttle, securityEvents), BasicAuthenticationFilter.class)
			// The relying party and the passkey tables are beans (passkeys.PasskeyConfiguration); the pages are ours.
			.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					@Override
					public <F extends WebAuthnAuthenticationFilter> F postProcess(F filter) {
						filter.setAuthenticationSuccessHandler(passkeyLogin);
						filter.setAuthenticationFailureHandler(passkeyLogin);
						return filter;
					}
				}))
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof SignedIn user) {
						sessions.current(request).ifPresent(id -> sessions.end(user.learnerId().value(), id));
						securityEvents.record(SecurityEventEntry.of(SecurityEventKind.LOGOUT, Outcome.SUCCEEDED)
							.account(user.getUsername(), user.learnerId().value())
							.from(request.getRemoteAddr()));
					}
				})
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies("JSESSIONID"))
			// The way back after login is the "next" parameter, checked to stay on this site.
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
								PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
				.defaultAuthenticationEntryPointFor(new LoginEntryPoint(),
						PathPatternRequestMatcher.withDefaults().matcher("/**")));
		singleSignOn.configure(http);
	}

	@Override
	public java.util.List<String> formDestinations() {
		return singleSignOn.authorizationOrigins();
	}
}
