package io.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passkey kept in software, as an authenticator would keep it: an ES256 key pair made at
 * registration for the portal's relying party, and signatures over what the browser would send,
 * with the user present and verified. It talks to Spring Security's passkey endpoints over HTTP
 * through a {@link Browser}, so tests run the real ceremonies without a browser; "none" attestation.
 */
public final class SoftPasskey {

	private static final byte USER_PRESENT = 0x01;
	private static final byte USER_VERIFIED = 0x04;
	private static final byte ATTESTED_DATA = 0x40;

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final ObjectConverter CONVERTER = new ObjectConverter();

	private final String origin;
	private final String rpId;
	private final KeyPair keys;
	private final byte[] credentialId = new byte[32];
	private byte[] userHandle;
	private long counter;

	private SoftPasskey(int port) {
		this.origin = "http://localhost:" + port;
		this.rpId = "localhost";
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			this.keys = generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		new SecureRandom().nextBytes(credentialId);
		// Until a registration gives it the account's, a passkey the portal never saw claims some user.
		userHandle = new byte[16];
		new SecureRandom().nextBytes(userHandle);
	}

	/** Registers a new passkey of this name for the account the browser is logged in as; the answer to the registration. */
	public static SoftPasskey register(Browser browser, int port, String label) {
		SoftPasskey passkey = new SoftPasskey(port);
		HttpResponse<String> answer = passkey.registerWith(browser, label);
		assertThat(answer.statusCode()).as("registration: " + answer.body()).isEqualTo(200);
		return passkey;
	}

	/** Sends this passkey's registration with the browser's session; the portal's answer. */
	public HttpResponse<String> registerWith(Browser browser, String label) {
		return browser.sendJsonFromPage("/webauthn/register", registrationFor(browser, label));
	}

	/** A new passkey, and what the browser would post to {@code /webauthn/register} for it, options asked for. */
	public static SoftPasskey unregistered(int port) {
		return new SoftPasskey(port);
	}

	/**
	 * Opens the passkeys page and asks for registration options with its token, as the page does;
	 * what the browser would post for this passkey.
	 */
	public String registrationFor(Browser browser, String label) {
		browser.get("/me/security/passkeys");
		HttpResponse<String> options = browser.sendJsonFromPage("/webauthn/register/options", null);
		assertThat(options.statusCode()).as("registration options: " + options.body()).isEqualTo(200);
		JsonNode read = JSON.readTree(options.body());
		userHandle = decode(read.get("user").get("id").asString());
		byte[] clientData = clientData("webauthn.create", read.get("challenge").asString());
		AttestedCredentialData attested = new AttestedCredentialData(AAGUID.ZERO, credentialId,
				EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
		AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data = new AuthenticatorData<>(
				sha256(rpId.getBytes(StandardCharsets.UTF_8)), (byte) (USER_PRESENT | USER_VERIFIED | ATTESTED_DATA), counter,
				attested);
		AttestationObject attestation = new AttestationObject(data, new NoneAttestationStatement());
		return """
				{"publicKey": {"label": %s, "credential": {"id": "%s", "rawId": "%s", "type": "public-key",
				"response": {"attestationObject": "%s", "clientDataJSON": "%s", "transports": ["internal"]},
				"clientExtensionResults": {}, "authenticatorAttachment": "platform"}}}"""
			.formatted(JSON.writeValueAsString(label), id(), id(),
					encode(new AttestationObjectConverter(CONVERTER).convertToBytes(attestation)), encode(clientData));
	}

	/**
	 * Logs in with this passkey in the browser's session, as "Log in with a passkey" does, with any
	 * headers given (name, value pairs); the portal's answer.
	 */
	public HttpResponse<String> logIn(Browser browser, String... headers) {
		return browser.sendJsonFromPage("/login/webauthn", assertionFor(browser), headers);
	}

	/**
	 * Opens the login page and asks for authentication options with its token, as the page does
	 * (a login waiting for its second step waits on); what the browser would post to log in.
	 */
	public String assertionFor(Browser browser) {
		browser.get("/login");
		HttpResponse<String> options = browser.sendJsonFromPage("/webauthn/authenticate/options", null);
		assertThat(options.statusCode()).as("authentication options: " + options.body()).isEqualTo(200);
		return assertion(JSON.readTree(options.body()).get("challenge").asString());
	}

	/** What the browser would post to {@code /login/webauthn} for this challenge. */
	public String assertion(String challenge) {
		counter++;
		byte[] clientData = clientData("webauthn.get", challenge);
		byte[] data = new AuthenticatorDataConverter(CONVERTER).convert(new AuthenticatorData<>(
				sha256(rpId.getBytes(StandardCharsets.UTF_8)), (byte) (USER_PRESENT | USER_VERIFIED), counter));
		ByteArrayOutputStream signed = new ByteArrayOutputStream();
		signed.writeBytes(data);
		signed.writeBytes(sha256(clientData));
		return """
				{"id": "%s", "rawId": "%s", "type": "public-key", "response": {"authenticatorData": "%s",
				"clientDataJSON": "%s", "signature": "%s", "userHandle": "%s"}, "clientExtensionResults": {},
				"authenticatorAttachment": "platform"}"""
			.formatted(id(), id(), encode(data), encode(clientData), encode(sign(signed.toByteArray())), encode(userHandle));
	}

	/** The credential id, base64url, as the portal lists it. */
	public String id() {
		return encode(credentialId);
	}

	private byte[] clientData(String type, String challenge) {
		return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
				+ "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
	}

	private byte[] sign(byte[] bytes) {
		try {
			Signature signature = Signature.getInstance("SHA256withECDSA");
			signature.initSign(keys.getPrivate());
			signature.update(bytes);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] decode(String text) {
		return Base64.getUrlDecoder().decode(text);
	}
}
