package io.lectern.accounts;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people prove who they are: the login form, its throttle, the second step of two-step login,
 * logout, and where a guest who needs an account is sent. The web module's security policy applies it.
 */
public interface AccountSecurity {

	void configure(HttpSecurity http) throws Exception;
}
