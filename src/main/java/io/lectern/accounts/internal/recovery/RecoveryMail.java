package io.lectern.accounts.internal.recovery;

import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's mail: reset links and e-mail confirmation links, as plain text. Mail is on when
 * Spring Boot has a mail sender ({@code spring.mail.host}) and the portal knows its own address
 * ({@code lectern.public-url}): links in mail are never built from the request's Host header, which
 * whoever asks for a reset could set to their own site.
 */
@Component
public class RecoveryMail {

	private final JavaMailSender sender;
	private final String publicUrl;
	private final String from;

	RecoveryMail(ObjectProvider<JavaMailSender> sender, @Value("${lectern.public-url:}") String publicUrl,
			@Value("${lectern.mail.from:}") String from) {
		this.sender = sender.getIfAvailable();
		this.publicUrl = publicUrl.strip();
		this.from = from.strip();
		if (!this.publicUrl.isEmpty()) {
			URI uri = URI.create(this.publicUrl);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new IllegalStateException("lectern.public-url must be the portal's http(s) address, not " + publicUrl);
			}
		}
	}

	/** Whether links can be mailed: a mail sender and the portal's public address are both configured. */
	public boolean available() {
		return sender != null && !publicUrl.isEmpty();
	}

	void sendResetLink(String to, String displayName, String token) {
		send(to, "Reset your Lectern password", "Hello " + displayName + ",\n\n"
				+ "Someone, probably you, asked to reset the password of your Lectern account. To choose a new one,\n"
				+ "open this link within 15 minutes:\n\n" + link("/login/reset", token) + "\n\n"
				+ "If you did not ask, ignore this message: your password stays as it is.\n");
	}

	void sendConfirmationLink(String to, String displayName, String token) {
		send(to, "Confirm your e-mail address for Lectern", "Hello " + displayName + ",\n\n"
				+ "To confirm that this address is yours, open this link within 15 minutes:\n\n" + link("/email/confirm", token)
				+ "\n\nIf you did not add this address to a Lectern account, ignore this message.\n");
	}

	private String link(String path, String token) {
		return UriComponentsBuilder.fromUriString(publicUrl).path(path).queryParam("token", token).build().toUriString();
	}

	private void send(String to, String subject, String text) {
		SimpleMailMessage message = new SimpleMailMessage();
		if (!from.isEmpty()) {
			message.setFrom(from);
		}
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		sender.send(message);
	}
}
