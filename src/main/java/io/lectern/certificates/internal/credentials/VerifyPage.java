package io.lectern.certificates.internal.credentials;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /verify}: anyone pastes a credential (or uploads the file, or gives a certificate's
 * address) and reads, in words, whether it holds, who issued it, to whom, for which course, when,
 * and whether it was revoked.
 */
@Controller
class VerifyPage {

	static final int MAX_LENGTH = 100_000;

	private final CredentialCheck check;

	VerifyPage(CredentialCheck check) {
		this.check = check;
	}

	@GetMapping("/verify")
	String showVerify() {
		return "certificates/verify";
	}

	@PostMapping("/verify")
	String verify(@RequestParam(defaultValue = "") String credential,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws java.io.IOException {
		String given = file != null && !file.isEmpty() && file.getSize() <= MAX_LENGTH
				? new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8) : credential;
		model.addAttribute("given", given.length() > MAX_LENGTH ? "" : given);
		model.addAttribute("verdict", given.length() > MAX_LENGTH
				? Verdict.refused("verify.check.tooLong") : check.check(given));
		return "certificates/verify";
	}
}
