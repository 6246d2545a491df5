package io.lectern.accounts.internal.security;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.AccountCredentials;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.mfa.AuthenticatorEnrolment;
import io.lectern.accounts.internal.mfa.MfaPolicy;
import io.lectern.accounts.internal.mfa.MultiFactor;
import io.lectern.accounts.internal.sso.ProviderConfirmations;
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
	private final AccountCredentials accounts;
	private final AccountWords words;
	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;
	private final ProviderConfirmations confirmations;

	MfaController(MultiFactor multiFactor, AuthenticatorEnrolment enrolments, AccountCredentials accounts,
			LoginThrottle throttle, SecurityEventLog securityEvents, ProviderConfirmations confirmations, AccountWords words) {
		this.words = words;
		this.confirmations = confirmations;
		this.multiFactor = multiFactor;
		this.enrolments = enrolments;
		this.accounts = accounts;
		this.throttle = throttle;
		this.securityEvents = securityEvents;
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
		String address = request.getRemoteAddr();
		SecurityEventEntry refusal = SecurityEventEntry.of(SecurityEventKind.MFA_REMOVED, Outcome.FAILED)
			.account(user.getUsername(), user.learnerId().value())
			.from(address);
		if (ThrottledForm.paused(throttle, user.getUsername(), address, refusal, securityEvents, response, model,
				"removalProblem", words)) {
			return page(user, request, model);
		}
		if (!confirmations.recent(request, user.learnerId().value()) && !accounts.isPasswordOf(user.learnerId().value(), currentPassword)) {
			return refuse(user, address, refusal.saying("wrong current password"),
					words.say("account.mfa.problem.offPassword"), request, response, model);
		}
		if (!multiFactor.check(user.learnerId().value(), code).passed()) {
			return refuse(user, address, refusal.saying("wrong code"),
					words.say("account.mfa.problem.offCode"), request, response, model);
		}
		multiFactor.remove(user.learnerId().value(), user.getUsername(), null, address);
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
		String address = request.getRemoteAddr();
		SecurityEventEntry refusal = SecurityEventEntry.of(SecurityEventKind.RECOVERY_CODES_REPLACED, Outcome.FAILED)
			.account(user.getUsername(), user.learnerId().value())
			.from(address);
		if (ThrottledForm.paused(throttle, user.getUsername(), address, refusal, securityEvents, response, model,
				"codesProblem", words)) {
			return page(user, request, model);
		}
		if (!confirmations.recent(request, user.learnerId().value()) && !accounts.isPasswordOf(user.learnerId().value(), currentPassword)) {
			return refuse(user, address, refusal.saying("wrong current password"), "codesProblem",
					words.say("account.mfa.problem.codesPassword"), request, response, model);
		}
		if (!multiFactor.check(user.learnerId().value(), code).passed()) {
			return refuse(user, address, refusal.saying("wrong code"), "codesProblem",
					words.say("account.mfa.problem.codesCode"), request, response,
					model);
		}
		List<String> codes = multiFactor.replaceRecoveryCodes(user.learnerId().value(), user.getUsername(), address);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("codes", codes);
		model.addAttribute("replaced", true);
		return "accounts/mfa-recovery-codes";
	}

	private String refuse(SignedIn user, String address, SecurityEventEntry event, String problem,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return refuse(user, address, event, "removalProblem", problem, request, response, model);
	}

	/** Counts the wrong try against the login throttle, records it, and shows the page with the problem under {@code form}. */
	private String refuse(SignedIn user, String address, SecurityEventEntry event, String form, String problem,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		ThrottledForm.wrong(throttle, user.getUsername(), address, event, securityEvents, response, model, form, problem);
		return page(user, request, model);
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
