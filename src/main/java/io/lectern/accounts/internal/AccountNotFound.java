package io.lectern.accounts.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account has this id: gone, or never there. */
@ResponseStatus(value = HttpStatus.NOT_FOUND, reason = "reason.noAccount")
public class AccountNotFound extends RuntimeException {

	AccountNotFound() {
		super("reason.noAccount");
	}
}
