package io.lectern.web;

import io.lectern.accounts.AccountSecurity;
import io.lectern.accounts.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The HTTP security policy for every page. Reading is open to guests; attempts, progress and the
 * dashboard need a login; cohort reports and the content problems need the INSTRUCTOR or ADMIN role and user roles need
 * ADMIN. Health is public; the other actuator endpoints (metrics) need ADMIN, except on the
 * separate management port when one is set. State-changing requests need a CSRF token (Spring Security's default). The CSP lets the
 * page load nothing but the portal's own scripts, styles and images: images in lessons that live
 * on other sites become links.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self'", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	/** The policy, with the single sign-on providers a form may lead to (browsers check form-action on redirects too). */
	static String policy(AccountSecurity accounts) {
		return accounts.formDestinations().isEmpty() ? CONTENT_SECURITY_POLICY
				: CONTENT_SECURITY_POLICY.replace("form-action 'self'",
						"form-action 'self' " + String.join(" ", accounts.formDestinations()));
	}

	/**
	 * No observation of requests, logins or authorizations by Spring Security. With an observation registry
	 * present it would wrap each of the chain's filters in one on every request, a large share of a lesson
	 * page's CPU time on two cores, for figures nobody needs (switching the timings off by property still
	 * leaves the wrappers). Requests themselves are timed ({@code http_server_requests_seconds}).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, AccountSecurity accounts, Environment environment)
			throws Exception {
		// A CI webhook's reload carries a shared secret instead of a login and a CSRF token; the
		// controller checks the secret. A browser cannot send the header from another site.
		RequestMatcher webhook = new AndRequestMatcher(
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/admin/content/reload"),
				new RequestHeaderRequestMatcher("X-Lectern-Reload-Secret"));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(webhook));
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers(webhook)
			.permitAll()
			.requestMatchers(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"),
					new ManagementPort(environment)))
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin", "/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/instructor", "/instructor/**", "/authoring", "/authoring/**")
			.hasAnyRole(Role.INSTRUCTOR.name(), Role.ADMIN.name())
			.requestMatchers("/quizzes/*/attempts", "/quizzes/*/attempts/**", "/api/quizzes/*/attempts",
					"/api/quizzes/*/attempts/**", "/me", "/me/**", "/api/me/**", "/progress/**", "/review", "/review/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy(accounts)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.deny()));
		accounts.configure(http);
		return http.build();
	}
}
