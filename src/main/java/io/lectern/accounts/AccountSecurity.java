package io.lectern.accounts;

import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people prove who they are: the login form, its throttle, the second step of two-step login,
 * logout, and where a guest who needs an account is sent. The web module's security policy applies it.
 */
public interface AccountSecurity {

	void configure(HttpSecurity http) throws Exception;

	/**
	 * Other sites a form of the portal may lead to through its redirects, for the CSP's
	 * {@code form-action}: the single sign-on providers' authorization endpoints, which "Confirm with"
	 * reaches from a form. None unless providers are configured.
	 */
	default List<String> formDestinations() {
		return List.of();
	}
}
