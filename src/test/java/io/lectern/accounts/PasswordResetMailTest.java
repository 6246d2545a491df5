package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.lectern.web.Browser;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail confirmation and "forgot your password?" against a real SMTP server that the test starts
 * (GreenMail), reading the messages the portal sent and following their links as a learner would.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:mail", "lectern.mail.from=lectern@portal.example" })
class PasswordResetMailTest {

	private static final Pattern LINK = Pattern.compile("http://portal\\.example(/[^\\s]+)");

	private static final String NEW_PASSWORD = "a fresh passphrase for mail 31";

	private static final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("lectern.public-url", () -> "http://portal.example");
	}

	@AfterAll
	static void stopMail() {
		smtp.stop();
	}

	@LocalServerPort
	int port;

	@BeforeEach
	void emptyMailbox() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void aLearnerConfirmsAnAddressThenResetsAForgottenPasswordByMail() throws Exception {
		String name = "mail-" + UUID.randomUUID().toString().substring(0, 8);
		String address = name + "@learners.example";
		Browser laptop = new Browser(port);
		laptop.register(name, "Mia");
		Browser phone = new Browser(port);
		phone.logIn(name, Browser.PASSWORD);

		laptop.get("/me/security");
		HttpResponse<String> saved = laptop.submit("/me/security/email", "email", address, "currentPassword", Browser.PASSWORD);
		assertThat(laptop.follow(saved).body()).contains("We sent a link to " + address);
		MimeMessage confirmation = onlyMessage();
		assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo(address);
		assertThat(confirmation.getFrom()[0].toString()).isEqualTo("lectern@portal.example");
		String confirm = linkIn(confirmation);
		assertThat(confirm).startsWith("/email/confirm?token=");
		assertThat(confirm(confirm).body()).contains(address + " is confirmed");

		Browser forgetful = new Browser(port);
		forgetful.get("/login/forgot");
		HttpResponse<String> asked = forgetful.submit("/login/forgot", "account", address.toUpperCase());
		assertThat(asked.statusCode()).isEqualTo(200);
		MimeMessage reset = onlyMessage();
		assertThat(reset.getSubject()).isEqualTo("Reset your Lectern password");
		String link = linkIn(reset);
		assertThat(link).startsWith("/login/reset?token=");
		assertThat(GreenMailUtil.getBody(reset)).doesNotContain(Browser.PASSWORD);

		assertThat(forgetful.get(link).body()).contains("Choose a new password");
		HttpResponse<String> done = forgetful.submit("/login/reset", "token", tokenOf(link), "newPassword", NEW_PASSWORD,
				"confirmPassword", NEW_PASSWORD);

		assertThat(Browser.location(done)).isEqualTo("/login");
		assertThat(forgetful.follow(done).body()).contains("Your password is changed");
		assertThat(Browser.location(laptop.get("/me"))).as("every session ended").isEqualTo("/login");
		assertThat(Browser.location(phone.get("/me"))).isEqualTo("/login");
		assertThat(Browser.location(new Browser(port).logIn(name, NEW_PASSWORD))).isEqualTo("/me");
		HttpResponse<String> again = forgetful.submit("/login/reset", "token", tokenOf(link), "newPassword",
				"yet another passphrase 99", "confirmPassword", "yet another passphrase 99");
		assertThat(again.statusCode()).as("a used link").isEqualTo(400);
		assertThat(again.body()).contains("expired or was used already");
	}

	@Test
	void anAddressGivenAtRegistrationIsUsedOnlyOnceItsLinkIsOpened() throws Exception {
		String name = "signup-" + UUID.randomUUID().toString().substring(0, 8);
		String address = name + "@learners.example";
		Browser learner = new Browser(port);
		learner.get("/register");

		HttpResponse<String> registered = learner.submit("/register", "displayName", "Sia", "username", name, "password",
				Browser.PASSWORD, "confirmPassword", Browser.PASSWORD, "email", address);

		assertThat(Browser.location(registered)).isEqualTo("/me");
		assertThat(learner.get("/me/security").body()).contains(address, "not confirmed yet");
		String link = linkIn(onlyMessage());
		Browser guest = new Browser(port);
		guest.get("/login/forgot");
		guest.submit("/login/forgot", "account", address);
		Thread.sleep(1_000);
		assertThat(smtp.getReceivedMessages()).as("no reset link to an unconfirmed address").isEmpty();

		assertThat(confirm(link).body()).contains(address + " is confirmed");
		assertThat(learner.get("/me/security").body()).contains("<strong>confirmed</strong>");
		guest.get("/login/forgot");
		guest.submit("/login/forgot", "account", address);
		assertThat(linkIn(onlyMessage())).startsWith("/login/reset?token=");
	}

	@Test
	void aRegistrationWithAMalformedAddressIsRefusedAndKeepsWhatWasTyped() {
		String name = "typo-" + UUID.randomUUID().toString().substring(0, 8);
		Browser learner = new Browser(port);
		learner.get("/register");

		HttpResponse<String> refused = learner.submit("/register", "displayName", "Tao", "username", name, "password",
				Browser.PASSWORD, "confirmPassword", Browser.PASSWORD, "email", "tao at home");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Give an address such as name@example.org", "value=\"tao at home\"");
		assertThat(learner.get("/me").statusCode()).as("no account, so nobody logged in").isEqualTo(302);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void anUnknownNameIsAnsweredExactlyLikeAKnownOneAndNothingIsSent() throws Exception {
		String name = "known-" + UUID.randomUUID().toString().substring(0, 8);
		Browser known = new Browser(port);
		known.register(name, "Kai");
		known.get("/me/security");
		known.submit("/me/security/email", "email", name + "@learners.example", "currentPassword", Browser.PASSWORD);
		confirm(linkIn(onlyMessage()));
		Browser guest = new Browser(port);
		guest.get("/login/forgot");
		guest.submit("/login/forgot", "account", "warm-up-" + name);

		HttpResponse<String> forKnown = guest.submit("/login/forgot", "account", name);
		HttpResponse<String> forUnknown = guest.submit("/login/forgot", "account", "nobody-" + name);

		assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode()).isEqualTo(200);
		assertThat(withoutTokens(forUnknown.body())).isEqualTo(withoutTokens(forKnown.body()));
		await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length == 1);
		Thread.sleep(500);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(name + "@learners.example");
	}

	@Test
	void anUnconfirmedAddressGetsNoResetLink() throws Exception {
		String name = "unconfirmed-" + UUID.randomUUID().toString().substring(0, 8);
		Browser learner = new Browser(port);
		learner.register(name, "Ula");
		learner.get("/me/security");
		learner.submit("/me/security/email", "email", name + "@learners.example", "currentPassword", Browser.PASSWORD);
		onlyMessage();

		Browser guest = new Browser(port);
		guest.get("/login/forgot");
		assertThat(guest.submit("/login/forgot", "account", name + "@learners.example").statusCode()).isEqualTo(200);
		assertThat(guest.submit("/login/forgot", "account", name).statusCode()).isEqualTo(200);

		Thread.sleep(1_000);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aLearnerWhoChoseGermanGetsAGermanResetMailWhateverLanguageTheGuestAskingSpeaks() throws Exception {
		String name = "deutsch-" + UUID.randomUUID().toString().substring(0, 8);
		Browser learner = confirmedLearner(name, "Jörg");
		learner.get("/me/preferences");
		learner.submit("/me/preferences", "language", "de", "zone", "");

		Browser guest = new Browser(port).speaking("fr-FR,fr;q=0.9");
		guest.get("/login/forgot");
		guest.submit("/login/forgot", "account", name);

		MimeMessage reset = onlyMessage();
		assertThat(reset.getSubject()).isEqualTo("Ihr Lectern-Passwort zurücksetzen");
		assertThat(reset.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
		assertThat(bodyOf(reset)).startsWith("Hallo Jörg,").contains("innerhalb von 15 Minuten").doesNotContain("Bonjour");
		assertThat(linkIn(reset)).startsWith("/login/reset?token=");
	}

	@Test
	void aGuestAskingInFrenchGetsAFrenchResetMailOnlyWhenTheAccountChoseNoLanguage() throws Exception {
		String name = "francais-" + UUID.randomUUID().toString().substring(0, 8);
		confirmedLearner(name, "Zoé");
		Browser guest = new Browser(port).speaking("fr-FR,fr;q=0.9,en;q=0.5");
		guest.get("/login/forgot");

		guest.submit("/login/forgot", "account", name);

		MimeMessage french = onlyMessage();
		assertThat(french.getSubject()).isEqualTo("Réinitialiser votre mot de passe Lectern");
		assertThat(bodyOf(french)).startsWith("Bonjour Zoé,").contains("dans les 15 minutes qui suivent");

		Browser asJapanese = new Browser(port).speaking("ja");
		asJapanese.logIn(name, Browser.PASSWORD);
		asJapanese.get("/me/preferences");
		asJapanese.submit("/me/preferences", "language", "ja", "zone", "");
		guest.get("/login/forgot");
		guest.submit("/login/forgot", "account", name);
		MimeMessage japanese = onlyMessage();
		assertThat(japanese.getSubject()).as("the saved choice wins over the asking browser")
			.isEqualTo("Lectern のパスワードの再設定");
		assertThat(bodyOf(japanese)).contains("15分以内に");
	}

	/** A new learner whose address is confirmed, signed in in the browser returned; the mailbox is left empty. */
	private Browser confirmedLearner(String name, String displayName) throws Exception {
		Browser learner = new Browser(port);
		learner.register(name, displayName);
		learner.get("/me/security");
		learner.submit("/me/security/email", "email", name + "@learners.example", "currentPassword", Browser.PASSWORD);
		confirm(linkIn(onlyMessage()));
		return learner;
	}

	/** The text as the mail reader shows it, decoded from its transfer encoding and charset. */
	private static String bodyOf(MimeMessage message) throws Exception {
		return ((String) message.getContent()).replace("\r\n", "\n");
	}

	/** Opens a confirmation link and presses its button, in a browser of its own, as from a phone's mail app. */
	private HttpResponse<String> confirm(String link) {
		Browser mailReader = new Browser(port);
		assertThat(mailReader.get(link).body()).contains("Confirm my address");
		return mailReader.submit("/email/confirm", "token", tokenOf(link));
	}

	/** The one message sent since the mailbox was last emptied, which empties it again. */
	private static MimeMessage onlyMessage() throws Exception {
		await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length >= 1);
		MimeMessage[] messages = smtp.getReceivedMessages();
		assertThat(messages).hasSize(1);
		smtp.purgeEmailFromAllMailboxes();
		return messages[0];
	}

	/** The link, read from the decoded text: a name such as Jörg makes the body quoted-printable, which splits lines and escapes "=". */
	private static String linkIn(MimeMessage message) throws Exception {
		Matcher link = LINK.matcher(bodyOf(message));
		assertThat(link.find()).as("a link in " + bodyOf(message)).isTrue();
		return link.group(1);
	}

	private static String tokenOf(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

	private static String withoutTokens(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
