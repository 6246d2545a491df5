package io.lectern.accounts.internal.sso;

import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.web.ReturnAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Confirm with (provider)" on the account's pages that ask for the current password: sends the
 * person to log in again at a provider linked to their account, and back to the page they were on.
 * A provider the account is not linked to is, for this account, no provider at all (404).
 */
@Controller
class ConfirmAtProvider {

	static final String PATH = "/me/security/confirm";

	private final SsoIdentities identities;
	private final Providers providers;
	private final ProviderConfirmations confirmations;
	private final Clock clock;

	ConfirmAtProvider(SsoIdentities identities, Providers providers, ProviderConfirmations confirmations, Clock clock) {
		this.identities = identities;
		this.providers = providers;
		this.confirmations = confirmations;
		this.clock = clock;
	}

	@PostMapping(PATH)
	String processConfirm(@RequestParam(defaultValue = "") String provider, @RequestParam(defaultValue = "") String next,
			@AuthenticationPrincipal SignedIn user, HttpServletRequest request) {
		String registrationId = providers.known(provider)
			.filter(identities.providersOf(user.learnerId().value())::contains)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.notLinked"));
		String back = ReturnAddress.of(next).filter(path -> path.startsWith("/me/")).orElse("/me/security");
		confirmations.start(request.getSession(), new ProviderConfirmations.Confirming(user.learnerId().value(), registrationId, back,
				clock.instant(), SecurityContextHolder.getContext().getAuthentication()));
		return "redirect:/oauth2/authorization/" + registrationId + "?" + NextAfterLogin.CONFIRM + "=1";
	}
}
