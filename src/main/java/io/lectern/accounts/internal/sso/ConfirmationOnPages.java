package io.lectern.accounts.internal.sso;

import io.lectern.accounts.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the account's pages that ask for the current password show about confirming at a provider
 * instead (the {@code accounts/confirm :: panel} fragment): the providers linked to the account, and
 * whether a confirmation holds, until when. Only those pages pay for it.
 */
@ControllerAdvice(basePackages = "io.lectern.accounts.internal")
class ConfirmationOnPages {

	/**
	 * @param providers the linked providers a confirmation can go through; empty for an account with none
	 * @param confirmedWith the provider's name while a confirmation holds, otherwise null
	 * @param next the page to come back to
	 */
	record Confirmation(List<Providers.Provider> providers, String confirmedWith, Instant until, String problem,
			String next) {

		public boolean confirmed() {
			return confirmedWith != null;
		}
	}

	private static final List<String> PAGES = List.of("/me/security", "/me/security/mfa", "/me/security/passkeys", "/me/delete");

	// Through providers: web-layer test slices load every advice but not the single sign-on beans.
	private final ObjectProvider<SsoIdentities> identities;
	private final ObjectProvider<Providers> providers;
	private final ObjectProvider<ProviderConfirmations> confirmations;

	ConfirmationOnPages(ObjectProvider<SsoIdentities> identities, ObjectProvider<Providers> providers,
			ObjectProvider<ProviderConfirmations> confirmations) {
		this.identities = identities;
		this.providers = providers;
		this.confirmations = confirmations;
	}

	@ModelAttribute("confirmation")
	Confirmation confirmation(@AuthenticationPrincipal SignedIn user, HttpServletRequest request) {
		String page = request.getServletPath();
		SsoIdentities identities = this.identities.getIfAvailable();
		Providers providers = this.providers.getIfAvailable();
		ProviderConfirmations confirmations = this.confirmations.getIfAvailable();
		if (user == null || !PAGES.contains(page) || identities == null || providers == null || confirmations == null) {
			return null;
		}
		List<Providers.Provider> linked = identities.providersOf(user.learnerId().value())
			.stream()
			.flatMap(id -> providers.all().stream().filter(provider -> provider.id().equals(id)))
			.toList();
		if (linked.isEmpty()) {
			return null;
		}
		Optional<Map.Entry<String, Instant>> until = confirmations.confirmedUntil(request, user.learnerId().value());
		Optional<String> problem = "GET".equals(request.getMethod()) ? confirmations.takeProblem(request) : Optional.empty();
		return new Confirmation(linked, until.map(Map.Entry::getKey).orElse(null), until.map(Map.Entry::getValue).orElse(null),
				problem.orElse(null), page);
	}
}
