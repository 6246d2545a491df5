package io.lectern.certificates.internal;

import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The portal's public address ({@code lectern.public-url}), which every id in a credential is
 * built from: a credential must name the same addresses whichever host header a request came
 * with, so they are never taken from the request. Without it no certificate is issued.
 */
@Component
public class PublicAddress {

	/** What the admin reads, in the log and on the pages, when it is missing. */
	public static final String MISSING = "Certificates are not issued yet: the portal's public address is not set."
			+ " An admin sets lectern.public-url (LECTERN_PUBLIC_URL), for example https://learn.example.org, and"
			+ " restarts; certificates earned meanwhile are issued then.";

	private final Optional<String> base;

	public PublicAddress(@Value("${lectern.public-url:}") String publicUrl) {
		String trimmed = publicUrl.strip().replaceAll("/+$", "");
		if (!trimmed.isEmpty()) {
			URI uri = URI.create(trimmed);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new IllegalStateException("lectern.public-url must be the portal's http(s) address, not " + publicUrl);
			}
		}
		this.base = trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
	}

	public boolean configured() {
		return base.isPresent();
	}

	/**
	 * For the documents a verifier fetches (issuer, achievements, keys, status list, credentials):
	 * without a public address there are none, and their addresses answer 404 rather than fail.
	 */
	public void requireForDocuments() {
		if (base.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noPublicAddress");
		}
	}

	/** The absolute address of a path of the portal; fails with {@link #MISSING} when none is set. */
	public String of(String path) {
		return base.orElseThrow(() -> new IllegalStateException(MISSING)) + path;
	}
}
