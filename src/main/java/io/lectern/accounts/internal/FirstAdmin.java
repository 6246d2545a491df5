package io.lectern.accounts.internal;

import io.lectern.accounts.Role;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from configuration ({@code lectern.admin.username} and
 * {@code lectern.admin.password}: environment variables {@code LECTERN_ADMIN_USERNAME} and
 * {@code LECTERN_ADMIN_PASSWORD}, or {@code --lectern.admin.username=...} on the command line).
 * There is no built-in admin and no default password. An existing account of that name is made an
 * admin and keeps its own password.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountService service;
	private final AccountRepository accounts;
	private final String username;
	private final String password;

	FirstAdmin(AccountService service, AccountRepository accounts, @Value("${lectern.admin.username:}") String username,
			@Value("${lectern.admin.password:}") String password) {
		this.service = service;
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (username.isBlank()) {
			return;
		}
		Username name = Username.parse(username)
			.orElseThrow(() -> new IllegalStateException("lectern.admin.username must be " + Username.RULE + "."));
		Account admin = accounts.findByUsername(name.value()).orElseGet(() -> create(name));
		if (!admin.roles().contains(Role.ADMIN)) {
			EnumSet<Role> roles = EnumSet.copyOf(admin.roles());
			roles.add(Role.ADMIN);
			service.grant(admin.publicId(), roles, "start-up configuration", null);
			log.info("Account {} is now an admin", name.value());
		}
	}

	private Account create(Username name) {
		if (password.isBlank()) {
			throw new IllegalStateException("lectern.admin.password (LECTERN_ADMIN_PASSWORD) is needed to create the admin "
					+ name.value() + ".");
		}
		try {
			Account created = service.register(name.value(), name.value(), password);
			log.info("Created the admin account {}", name.value());
			return created;
		}
		catch (AccountRefused refused) {
			throw new IllegalStateException("Cannot create the admin " + name.value() + ": " + refused.getMessage());
		}
	}
}
