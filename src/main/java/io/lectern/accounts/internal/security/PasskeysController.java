package io.lectern.accounts.internal.security;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.mfa.MfaPolicy;
import io.lectern.accounts.internal.passkeys.Passkeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account's passkeys on {@code /me/security/passkeys}: listed with their names, added through
 * Spring Security's registration (driven by {@code passkeys.js}), removed with the current password.
 * Wrong passwords count against the login throttle, as on the other security forms.
 */
@Controller
class PasskeysController {

	static final String PAGE = "/me/security/passkeys";

	private final Passkeys passkeys;
	private final ConfirmedForms forms;
	private final AccountWords words;

	PasskeysController(Passkeys passkeys, ConfirmedForms forms, AccountWords words) {
		this.passkeys = passkeys;
		this.forms = forms;
		this.words = words;
	}

	@GetMapping(PAGE)
	String showPasskeys(@RequestParam(required = false) String added, @AuthenticationPrincipal SignedIn user,
			HttpServletRequest request, Model model) {
		if (added != null) {
			model.addAttribute("saved", words.say("account.passkeys.saved.added"));
		}
		return page(user, request, model);
	}

	@PostMapping(PAGE + "/remove")
	String processRemoval(@RequestParam(defaultValue = "") String passkey,
			@RequestParam(defaultValue = "") String currentPassword, @AuthenticationPrincipal SignedIn user,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
		ConfirmedForms.Submission removal = forms.submitted(user, SecurityEventKind.PASSKEY_REMOVED, "removalProblem",
				request, response, model);
		if (removal.paused() || !removal.confirmedBy(currentPassword, "account.passkeys.problem.password")) {
			return page(user, request, model);
		}
		// Another account's passkey, or one removed already, is not among the account's own: nothing to remove.
		Optional<Passkeys.Passkey> removed = passkeys.remove(user.learnerId().value(), user.getUsername(), passkey,
				request.getRemoteAddr());
		if (removed.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("removalProblem", words.say("account.passkeys.problem.none"));
			return page(user, request, model);
		}
		flash.addFlashAttribute("saved", words.say("account.passkeys.saved.removed", removed.get().label()));
		return "redirect:" + PAGE;
	}

	private String page(SignedIn user, HttpServletRequest request, Model model) {
		model.addAttribute("passkeys", passkeys.of(user.learnerId().value()));
		HttpSession session = request.getSession(false);
		model.addAttribute("enrolFirst", session != null && session.getAttribute(MfaPolicy.ENROL_FIRST) != null);
		return "accounts/passkeys";
	}
}
