package io.lectern.accounts.internal.recovery;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerPreferences;
import io.lectern.accounts.internal.Account;
import jakarta.mail.MessagingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's mail: reset links and e-mail confirmation links, as plain text in the account
 * holder's language (the {@code mail} bundles). Mail is on when
 * Spring Boot has a mail sender ({@code spring.mail.host}) and the portal knows its own address
 * ({@code lectern.public-url}): links in mail are never built from the request's Host header, which
 * whoever asks for a reset could set to their own site.
 */
@Component
public class RecoveryMail {

	private final JavaMailSender sender;
	private final String publicUrl;
	private final String from;

	private final MessageSource messages;
	private final LearnerPreferences preferences;

	RecoveryMail(ObjectProvider<JavaMailSender> sender, @Value("${lectern.public-url:}") String publicUrl,
			@Value("${lectern.mail.from:}") String from, MessageSource messages, LearnerPreferences preferences) {
		this.messages = messages;
		this.preferences = preferences;
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

	/** A reset link, in the account holder's language; {@code asked} is the language of the request that asked for it. */
	void sendResetLink(Account account, Locale asked, String token) {
		send(account, asked, "mail.reset", link("/login/reset", token));
	}

	/** A confirmation link, in the account holder's language; {@code asked} is the language of the request that added the address. */
	void sendConfirmationLink(Account account, Locale asked, String token) {
		send(account, asked, "mail.confirm", link("/email/confirm", token));
	}

	/**
	 * The learner's saved interface language wins, as on every page; else the request's (their
	 * cookie or browser, English when neither names a shipped language). The request's alone would
	 * be wrong for a learner who reads German and asks for a reset from a borrowed English browser.
	 */
	private Locale languageOf(Account account, Locale asked) {
		return preferences.of(LearnerId.of(account.publicId())).language().orElse(asked);
	}

	private void send(Account account, Locale asked, String kind, String link) {
		Locale language = languageOf(account, asked);
		String subject = messages.getMessage(kind + ".subject", null, language);
		String text = messages.getMessage("mail.greeting", new Object[] { account.displayName() }, language) + "\n\n"
				+ messages.getMessage(kind + ".body", new Object[] { link, RecoveryConfiguration.LINK_LIFETIME.toMinutes() }, language)
				+ "\n";
		send(account.email().orElseThrow(), subject, text);
	}

	private String link(String path, String token) {
		return UriComponentsBuilder.fromUriString(publicUrl).path(path).queryParam("token", token).build().toUriString();
	}

	/** Plain text in UTF-8, subject included, so Japanese and Arabic arrive as written. */
	private void send(String to, String subject, String text) {
		try {
			MimeMessageHelper message = new MimeMessageHelper(sender.createMimeMessage(), false, StandardCharsets.UTF_8.name());
			if (!from.isEmpty()) {
				message.setFrom(from);
			}
			message.setTo(to);
			message.setSubject(subject);
			message.setText(text, false);
			sender.send(message.getMimeMessage());
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}
}
