package io.lectern.accounts.internal.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where to send a person after login or registration: only a path on this site, so a link such as
 * {@code /login?next=//elsewhere.example} cannot send them to another site after they log in.
 */
public final class ReturnAddress {

	public static final String PARAMETER = "next";

	private ReturnAddress() {
	}

	public static Optional<String> of(String next) {
		if (next == null || next.length() > 500 || !next.startsWith("/") || next.startsWith("//")
				|| next.startsWith("/\\") || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(next);
			return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(next) : Optional.empty();
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	public static String orHome(String next) {
		return of(next).orElse("/me");
	}
}
