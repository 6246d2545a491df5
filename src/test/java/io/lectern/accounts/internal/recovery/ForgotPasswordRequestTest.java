package io.lectern.accounts.internal.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountCredentials;
import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.ui.ExtendedModelMap;

/**
 * Whether a name has an account must not show in how a reset request is answered. The answer is
 * the same page for both, and the only work that depends on the name (finding the account, making
 * a token, writing the mail) happens after the answer, on another thread: so the request itself
 * does the same work whatever was typed, which is what keeps its timing from telling. The test
 * holds that work back and looks at what the request thread did, rather than timing it.
 */
class ForgotPasswordRequestTest {

	private final AccountCredentials accounts = mock(AccountCredentials.class);
	private final HashedOneTimeTokens tokens = mock(HashedOneTimeTokens.class);
	private final RecoveryMail mail = mock(RecoveryMail.class);
	private final SecurityEventLog events = mock(SecurityEventLog.class);
	private final List<Runnable> heldBack = new ArrayList<>();
	private final ForgotPasswordController controller = new ForgotPasswordController(accounts, tokens, mail, events,
			heldBack::add, 5, 20, Duration.ofMinutes(15), Clock.systemUTC(), mock(AccountWords.class));

	@Test
	void aKnownAndAnUnknownNameGetTheSamePageAndTheRequestLooksNothingUp() {
		Account known = mock(Account.class);
		when(known.username()).thenReturn("kai");
		when(accounts.recoverable("kai")).thenReturn(List.of(known));
		when(accounts.recoverable("nobody")).thenReturn(List.of());
		when(mail.available()).thenReturn(true);
		when(tokens.generate(any())).thenReturn(new DefaultOneTimeToken("t0ken", "kai", Instant.now()));

		ExtendedModelMap forKnown = new ExtendedModelMap();
		ExtendedModelMap forUnknown = new ExtendedModelMap();
		MockHttpServletResponse knownResponse = new MockHttpServletResponse();
		MockHttpServletResponse unknownResponse = new MockHttpServletResponse();
		String knownView = controller.processForgotForm("kai", request(), knownResponse, forKnown);
		String unknownView = controller.processForgotForm("nobody", request(), unknownResponse, forUnknown);

		assertThat(unknownView).isEqualTo(knownView).isEqualTo("accounts/forgot");
		assertThat(unknownResponse.getStatus()).isEqualTo(knownResponse.getStatus()).isEqualTo(200);
		assertThat(Map.copyOf(forUnknown)).isEqualTo(Map.copyOf(forKnown));
		verifyNoInteractions(accounts, tokens, events);
		assertThat(heldBack).as("one piece of work per request, whatever the name").hasSize(2);

		heldBack.forEach(Runnable::run);
		verify(mail).sendResetLink(eq(known), any(Locale.class), eq("t0ken"));
		verify(accounts).recoverable("nobody");
	}

	@Test
	void withoutMailNothingIsHandedOnForEitherName() {
		when(mail.available()).thenReturn(false);
		controller.processForgotForm("kai", request(), new MockHttpServletResponse(), new ExtendedModelMap());
		controller.processForgotForm("nobody", request(), new MockHttpServletResponse(), new ExtendedModelMap());
		assertThat(heldBack).isEmpty();
		verifyNoInteractions(accounts, tokens);
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login/forgot");
		request.setRemoteAddr("203.0.113.7");
		return request;
	}
}
