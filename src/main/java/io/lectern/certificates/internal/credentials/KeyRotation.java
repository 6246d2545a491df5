package io.lectern.certificates.internal.credentials;

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

	KeyRotation(SigningKeys keys) {
		this.keys = keys;
	}

	@PostMapping("/admin/certificates/signing-key")
	String rotate(RedirectAttributes redirect) {
		if (keys.fromFile()) {
			redirect.addFlashAttribute("problem", "The signing key comes from lectern.credentials.key-file: replace the file"
					+ " to change it, and keep the old key's public half published by keeping it in the key set.");
			return "redirect:/admin/certificates";
		}
		keys.rotate();
		redirect.addFlashAttribute("saved", "Certificates are signed with a new key from now on. The old key stays"
				+ " published, so credentials it signed still verify.");
		return "redirect:/admin/certificates";
	}
}
