package io.lectern.accounts.internal.web;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.AccountDeletion;
import io.lectern.accounts.internal.AccountRefused;
import io.lectern.accounts.internal.sso.ProviderConfirmations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Delete my account", confirmed with the password. The account goes at once; the other modules
 * delete the learner's attempts and progress as they hear of it, and the session ends.
 */
@Controller
class AccountDeletionController {

	private final AccountDeletion accounts;
	private final AccountWords words;
	private final ProviderConfirmations confirmations;

	AccountDeletionController(AccountDeletion accounts, ProviderConfirmations confirmations, AccountWords words) {
		this.words = words;
		this.accounts = accounts;
		this.confirmations = confirmations;
	}

	@GetMapping("/me/delete")
	String initDeletionForm() {
		return "accounts/delete";
	}

	@PostMapping("/me/delete")
	String processDeletionForm(@RequestParam(defaultValue = "") String password, @AuthenticationPrincipal SignedIn learner,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			// A recent login again at the account's provider stands in for the password.
			java.util.Optional<String> provider = confirmations.confirmedUntil(request, learner.learnerId().value())
				.map(java.util.Map.Entry::getKey);
			if (provider.isPresent()) {
				accounts.deleteConfirmed(learner.learnerId().value(), provider.get(), request.getRemoteAddr());
			}
			else {
				accounts.delete(learner.learnerId().value(), password, request.getRemoteAddr());
			}
		}
		catch (AccountRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", words.say(refused.problems().get("password")));
			return "accounts/delete";
		}
		new SecurityContextLogoutHandler().logout(request, response, null);
		return "redirect:/?account-deleted";
	}
}
