package io.lectern.web;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands API clients the CSRF token of their session, to send back in the named header with every
 * POST, PUT or DELETE. Pages get theirs in each form.
 */
@RestController
class CsrfController {

	record Token(String headerName, String parameterName, String token) {
	}

	@GetMapping(path = "/api/csrf", produces = "application/json")
	Token showToken(CsrfToken token) {
		return new Token(token.getHeaderName(), token.getParameterName(), token.getToken());
	}
}
