package io.lectern.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account a login names; Spring Security checks the password against its hash. */
@Component
class AccountDirectory implements UserDetailsService {

	private final AccountRepository accounts;

	AccountDirectory(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return Username.parse(username)
			.flatMap(name -> accounts.findByUsername(name.value()))
			.map(Account::signedIn)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}
}
