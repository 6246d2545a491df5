package io.lectern.accounts.internal.web;

import io.lectern.accounts.Role;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The admin's list of accounts, where roles are granted and taken away (ADMIN only, by the security policy). */
@Controller
class AdminController {

	static final int PAGE_SIZE = 50;

	private final AccountService accounts;
	private final MessageSource messages;

	AdminController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String showAccounts(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Page<Account> found = accounts.page(q, page - 1, PAGE_SIZE);
		model.addAttribute("q", q);
		model.addAttribute("accounts", found);
		model.addAttribute("page", found.getNumber() + 1);
		model.addAttribute("grantable", List.of(Role.INSTRUCTOR, Role.ADMIN));
		return "accounts/admin-users";
	}

	@PostMapping("/admin/users/{learnerId}/roles")
	String processRoles(@PathVariable String learnerId, @RequestParam(name = "role", required = false) List<Role> roles,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal SignedIn admin, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes flash) {
		EnumSet<Role> granted = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		if (learnerId.equals(admin.learnerId().value()) && !granted.contains(Role.ADMIN)) {
			// Someone must be left who can grant roles.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", messages.getMessage("admin.users.ownAdminRole", null, LocaleContextHolder.getLocale()));
			return showAccounts(q, page, model);
		}
		Account account = accounts.grant(learnerId, granted, admin.getUsername(), request.getRemoteAddr());
		flash.addFlashAttribute("saved",
				messages.getMessage("admin.users.saved", new Object[] { account.username() }, LocaleContextHolder.getLocale()));
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/users")
			.queryParam("q", q)
			.queryParam("page", Math.max(1, page))
			.encode()
			.build()
			.toUriString();
	}
}
