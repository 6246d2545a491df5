package io.lectern.accounts.internal.passkeys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * What Spring Security's passkey support looks up as beans: passkeys kept in the database (V14), the
 * relying party that checks them, and where a registration's options wait in the session.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcTemplate jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, @Value("${lectern.public-url:}") String publicUrl) {
		return new RelyingParty(userEntities, credentials, publicUrl);
	}

	@Bean
	PublicKeyCredentialCreationOptionsRepository passkeyCreationOptions() {
		return new SessionCreationOptions();
	}
}
