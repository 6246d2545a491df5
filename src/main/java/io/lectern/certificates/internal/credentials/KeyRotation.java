package io.lectern.certificates.internal.credentials;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin's "new signing key" on {@code /admin/certificates}: credentials are signed with a new
 * key from then on, and the old one stays published, so what it signed still verifies.
 */
@Controller
class KeyRotation {

	private final SigningKeys keys;
	private final MessageSource messages;

	KeyRotation(SigningKeys keys, MessageSource messages) {
		this.keys = keys;
		this.messages = messages;
	}

	@PostMapping("/admin/certificates/signing-key")
	String rotate(RedirectAttributes redirect) {
		if (keys.fromFile()) {
			redirect.addFlashAttribute("problem", say("admin.certificates.key.problem.fromFile"));
			return "redirect:/admin/certificates";
		}
		keys.rotate();
		redirect.addFlashAttribute("saved", say("admin.certificates.key.saved"));
		return "redirect:/admin/certificates";
	}

	private String say(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
