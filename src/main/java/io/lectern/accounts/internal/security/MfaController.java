package io.lectern.accounts.internal.security;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.mfa.AuthenticatorEnrolment;
import io.lectern.accounts.internal.mfa.MfaPolicy;
import io.lectern.accounts.internal.mfa.MultiFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-step login on {@code /me/security/mfa}: set up with a QR code or the typed key and confirmed
 * by a first code, which shows the recovery codes once; new recovery codes in place of the old ones,
 * and turning it off, each with the current password and a code. Wrong passwords and codes there
 * count against the login throttle.
 */
@Controller
class MfaController {

	static final String PAGE = "/me/security/mfa";

	private final MultiFactor multiFactor;
	private final AuthenticatorEnrolment enrolments;
	private final ConfirmedForms forms;
	private final AccountWords words;

	MfaController(MultiFactor multiFactor, AuthenticatorEnrolment enrolments, ConfirmedForms forms, AccountWords words) {
		this.multiFactor = multiFactor;
		this.enrolments = enrolments;
		this.forms = forms;
		this.words = words;
	}

	@GetMapping(PAGE)
	String showMfa(@AuthenticationPrincipal SignedIn user, HttpServletRequest request, Model model) {
		return page(user, request, model);
	}

	@PostMapping(PAGE)
	String processEnrolment(@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal SignedIn user,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (multiFactor.isOn(user.learnerId().value())) {
			return "redirect:" + PAGE;
		}
		Optional<List<String>> codes = enrolments.confirm(user.learnerId().value(), user.getUsername(), code,
				request.getRemoteAddr());
		if (codes.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", words.say("account.mfa.problem.enrolCode"));
			return page(user, request, model);
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(MfaPolicy.ENROL_FIRST);
		}
		// Shown in the answer itself, never again: no redirect whose page could be reloaded later.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("codes", codes.get());
		return "accounts/mfa-recovery-codes";
	}

	@PostMapping(PAGE + "/remove")
	String processRemoval(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal SignedIn user,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
		if (!multiFactor.isOn(user.learnerId().value())) {
			return "redirect:" + PAGE;
		}
		ConfirmedForms.Submission removal = forms.submitted(user, SecurityEventKind.MFA_REMOVED, "removalProblem", request,
				response, model);
		if (removal.paused() || !removal.confirmedBy(currentPassword, "account.mfa.problem.offPassword")
				|| !codeChecked(user, code, removal, "account.mfa.problem.offCode")) {
			return page(user, request, model);
		}
		multiFactor.remove(user.learnerId().value(), user.getUsername(), null, request.getRemoteAddr());
		flash.addFlashAttribute("saved", words.say("account.mfa.saved.off"));
		return "redirect:/me/security";
	}

	@PostMapping(PAGE + "/recovery-codes")
	String processNewRecoveryCodes(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal SignedIn user,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!multiFactor.isOn(user.learnerId().value())) {
			return "redirect:" + PAGE;
		}
		ConfirmedForms.Submission replacement = forms.submitted(user, SecurityEventKind.RECOVERY_CODES_REPLACED,
				"codesProblem", request, response, model);
		if (replacement.paused() || !replacement.confirmedBy(currentPassword, "account.mfa.problem.codesPassword")
				|| !codeChecked(user, code, replacement, "account.mfa.problem.codesCode")) {
			return page(user, request, model);
		}
		List<String> codes = multiFactor.replaceRecoveryCodes(user.learnerId().value(), user.getUsername(),
				request.getRemoteAddr());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("codes", codes);
		model.addAttribute("replaced", true);
		return "accounts/mfa-recovery-codes";
	}

	/** Whether the code from the authenticator app (or a recovery code) is right; a wrong one is refused. */
	private boolean codeChecked(SignedIn user, String code, ConfirmedForms.Submission submission, String problemKey) {
		if (multiFactor.check(user.learnerId().value(), code).passed()) {
			return true;
		}
		submission.refuse("wrong code", problemKey);
		return false;
	}

	private String page(SignedIn user, HttpServletRequest request, Model model) {
		boolean on = multiFactor.isOn(user.learnerId().value());
		model.addAttribute("on", on);
		HttpSession session = request.getSession(false);
		model.addAttribute("enrolFirst", session != null && session.getAttribute(MfaPolicy.ENROL_FIRST) != null);
		if (on) {
			model.addAttribute("recoveryCodesLeft", multiFactor.recoveryCodesLeft(user.learnerId().value()));
		}
		else {
			model.addAttribute("enrolment", enrolments.enrolment(user.learnerId().value(), user.getUsername()));
		}
		return "accounts/mfa";
	}
}
