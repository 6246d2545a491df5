package io.lectern.accounts.internal.web;

import io.lectern.accounts.internal.AccountWords;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page. Spring Security's form login checks the password on POST {@code /login}; a
 * failed or refused try comes back here through a forward, with the name as typed.
 */
@Controller
class LoginController {

	/** Why a login was refused, as the bundles word it. */
	static final String FAILED = "login.refused.failed";

	private final AccountWords words;

	LoginController(AccountWords words) {
		this.words = words;
	}

	@GetMapping("/login")
	String showLoginForm(@RequestParam(name = ReturnAddress.PARAMETER, required = false) String next,
			@RequestParam(name = "logout", required = false) String loggedOut,
			@RequestParam(name = "reset", required = false) String reset,
			@RequestParam(name = "expired", required = false) String expired, Model model) {
		if (signedIn() && loggedOut == null) {
			return "redirect:" + ReturnAddress.orHome(next);
		}
		model.addAttribute("loggedOut", loggedOut != null);
		model.addAttribute("reset", reset != null);
		model.addAttribute("expired", expired != null);
		return form(model, "", next);
	}

	@RequestMapping("/login/failed")
	String showFailure(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		model.addAttribute("problem", words.say(FAILED));
		return form(model, request.getParameter("username"), request.getParameter(ReturnAddress.PARAMETER));
	}

	@RequestMapping("/login/throttled")
	String showThrottled(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		Duration wait = (Duration) request.getAttribute(LoginThrottleFilter.WAIT);
		long minutes = wait == null ? 15 : Math.max(1, (wait.toSeconds() + 59) / 60);
		model.addAttribute("problem", words.say("login.refused.throttled", minutes));
		return form(model, request.getParameter("username"), request.getParameter(ReturnAddress.PARAMETER));
	}

	private static String form(Model model, String username, String next) {
		model.addAttribute("username", username == null ? "" : username);
		model.addAttribute("next", ReturnAddress.of(next).orElse(""));
		return "accounts/login";
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}
}
