package io.lectern.accounts.internal.sso;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers set up in {@code spring.security.oauth2.client.*}: none unless
 * configured. The login page shows a "Log in with" button for each, under its client name.
 */
@Component("singleSignOnProviders")
public class Providers {

	/** A provider as its button shows it; {@code id} is its registration's name in the properties. */
	public record Provider(String id, String name) {
	}

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	Providers(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	/** Every provider, in the order of the properties. */
	public List<Provider> all() {
		List<Provider> all = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
			configured.forEach(registration -> {
				ClientRegistration client = (ClientRegistration) registration;
				all.add(new Provider(client.getRegistrationId(), client.getClientName()));
			});
		}
		return all;
	}

	String nameOf(String registrationId) {
		return find(registrationId).map(ClientRegistration::getClientName).orElse(registrationId);
	}

	/** The registration of this name, if there is one: a name from a request is otherwise not repeated. */
	Optional<String> known(String registrationId) {
		return find(registrationId).map(ClientRegistration::getRegistrationId);
	}

	private Optional<ClientRegistration> find(String registrationId) {
		ClientRegistrationRepository repository = registrations.getIfAvailable();
		return repository == null ? Optional.empty() : Optional.ofNullable(repository.findByRegistrationId(registrationId));
	}
}
