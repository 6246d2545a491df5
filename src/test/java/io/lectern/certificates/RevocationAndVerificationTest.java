package io.lectern.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.certificates.internal.status.CertificateStatusRepository;
import io.lectern.web.Browser;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Revoking a certificate, the status list that says so, and the /verify page that checks credentials in words. */
class RevocationAndVerificationTest extends CertificatePortalTest {

	@Autowired
	CertificateStatusRepository statuses;

	private record Issued(Browser learner, Certificate certificate) {
	}

	private Issued issued(String name) {
		Browser browser = learner(name);
		String learner = learnerIdOf(browser);
		completed(learner, "key-basics", Instant.parse("2026-11-30T10:15:00Z"));
		return new Issued(browser, certificateOf(learner, "key-basics"));
	}

	private Browser admin() {
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		return admin;
	}

	private HttpResponse<String> verify(String credential) {
		Browser verifier = new Browser(port);
		verifier.get("/verify");
		return verifier.submit("/verify", "credential", credential);
	}

	@Test
	void aGenuineCredentialIsSaidToBeSoInWords() {
		Issued ana = issued("Ana Lima");
		String jwt = new Browser(port).get("/certificates/" + ana.certificate().id() + "/credential.jwt").body();

		String page = verify(jwt).body();

		assertThat(page).contains("Genuine and valid", "Lectern</span> certifies that", "<strong>Ana Lima</strong>",
				"<strong>Key basics</strong>", "30 November 2026", "It has not been revoked.", "The signature holds");
		assertThat(page).doesNotContain("Fails:");
	}

	@Test
	void anUploadedCredentialFileIsCheckedWithTheFormsTokenInTheUpload() throws Exception {
		Issued ana = issued("Ana Lima");
		byte[] jwt = new Browser(port).get("/certificates/" + ana.certificate().id() + "/credential.jwt").body()
			.getBytes(StandardCharsets.UTF_8);
		java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String form = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/verify")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String token = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String boundary = "certificate-upload-boundary";
		byte[] body = multipart(boundary, token, jwt);

		HttpResponse<String> checked = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/verify"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.body()).contains("Genuine and valid", "<strong>Ana Lima</strong>");
	}

	private static byte[] multipart(String boundary, String token, byte[] file) throws java.io.IOException {
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"credential\"\r\n\r\n\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"certificate.jwt\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n";
		body.write(head.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	@Test
	void aTamperedCredentialFailsTheCheck() {
		Issued ana = issued("Ana Lima");
		String[] parts = new Browser(port).get("/certificates/" + ana.certificate().id() + "/credential.jwt").body().split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("Key basics", "Key mastery");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];
		String json = new Browser(port).get("/certificates/" + ana.certificate().id() + "/credential.json").body()
			.replace("Ana Lima", "Eve Mallory");

		assertThat(verify(tampered).body()).contains("Not valid", "The signature does not hold").doesNotContain("Key mastery</strong>");
		assertThat(verify(json).body()).contains("Not valid", "It differs from this portal&#39;s record: it was altered.");
		assertThat(verify("not a credential at all").body()).contains("Not valid", "neither a signed credential");
	}

	@Test
	void anAddressIsCheckedByThePortalsRecordAndAPrivateOneIsNotThere() {
		Issued ana = issued("Ana Lima");
		String address = PUBLIC_URL + "/certificates/" + ana.certificate().id();

		assertThat(verify(address).body()).contains("Genuine and valid", "<strong>Ana Lima</strong>");
		ana.learner().get("/certificates/" + ana.certificate().id());
		ana.learner().submit("/me/certificates/" + ana.certificate().id() + "/visibility", "public", "false");
		assertThat(verify(address).body()).contains("Not valid", "There is no certificate at this address on this portal.")
			.doesNotContain("Ana Lima");
	}

	@Test
	void anAdminRevokesWithAReasonAndThePageTheStatusListAndVerifySaySo() throws Exception {
		Issued ana = issued("Ana Lima");
		String jwt = new Browser(port).get("/certificates/" + ana.certificate().id() + "/credential.jwt").body();
		Browser admin = admin();
		assertThat(admin.get("/admin/certificates").body()).contains("Ana Lima", "Key basics");

		assertThat(admin.submit("/admin/certificates/" + ana.certificate().id() + "/revocation", "reason", "").statusCode()).isEqualTo(302);
		assertThat(statuses.findById(ana.certificate().statusIndex()).orElseThrow().revoked()).isFalse();
		admin.get("/admin/certificates");
		admin.submit("/admin/certificates/" + ana.certificate().id() + "/revocation", "reason", "Issued in error");

		assertThat(new Browser(port).get("/certificates/" + ana.certificate().id()).body()).contains("Revoked", "Issued in error");
		assertThat(verify(jwt).body()).contains("<h2 id=\"result-heading\">Revoked</h2>", "It was revoked by the issuer.",
				"Issued in error");
		assertThat(revokedInStatusList(ana.certificate().statusIndex())).isTrue();
		assertThat(revokedInStatusList(ana.certificate().statusIndex() + 1)).isFalse();
	}

	@Test
	void onlyAnAdminRevokesAndOnlyWithTheFormsToken() {
		Issued ana = issued("Ana Lima");
		Browser ben = learner("Ben Okoro");
		ben.get("/me");

		assertThat(ben.submit("/admin/certificates/" + ana.certificate().id() + "/revocation", "reason", "spite").statusCode()).isEqualTo(403);
		assertThat(admin().postForm("/admin/certificates/" + ana.certificate().id() + "/revocation", "reason", "x").statusCode()).isEqualTo(403);
		assertThat(statuses.findById(ana.certificate().statusIndex()).orElseThrow().revoked()).isFalse();
	}

	@Test
	void theApiAndTheDataDownloadListTheLearnersOwnCertificatesOnly() {
		Issued ana = issued("Ana Lima");
		Issued ben = issued("Ben Okoro");

		String anas = ana.learner().get("/api/certificates").body();
		assertThat(anas).contains(ana.certificate().id(), "\"printedName\":\"Ana Lima\"",
				PUBLIC_URL + "/certificates/" + ana.certificate().id() + "/credential.jwt").doesNotContain(ben.certificate().id());
		assertThat(new Browser(port).get("/api/certificates").statusCode()).isEqualTo(401);
		assertThat(ana.learner().get("/me/data.json").body()).contains("\"otherRecords\":{\"certificates\":[",
				ana.certificate().id()).doesNotContain(ben.certificate().id());
	}

	@Test
	void deletingTheAccountDeletesItsCertificatesButDoesNotRevokeThem() {
		Issued ana = issued("Ana Lima");
		String jwt = new Browser(port).get("/certificates/" + ana.certificate().id() + "/credential.jwt").body();

		ana.learner().get("/me/delete");
		ana.learner().submit("/me/delete", "password", Browser.PASSWORD);

		await().atMost(Duration.ofSeconds(10)).until(() -> certificates.findById(ana.certificate().id()).isEmpty());
		assertThat(new Browser(port).get("/certificates/" + ana.certificate().id()).statusCode()).isEqualTo(404);
		assertThat(statuses.findById(ana.certificate().statusIndex())).hasValueSatisfying(status -> assertThat(status.revoked()).isFalse());
		assertThat(verify(jwt).body()).contains("Genuine and valid", "<strong>Ana Lima</strong>");
	}

	@Test
	void afterANewSigningKeyOldCredentialsStillVerifyAndNewOnesUseTheNewKey() {
		Issued ana = issued("Ana Lima");
		String before = new Browser(port).get("/certificates/" + ana.certificate().id() + "/credential.jwt").body();
		Browser admin = admin();
		admin.get("/admin/certificates");

		assertThat(admin.submit("/admin/certificates/signing-key").statusCode()).isEqualTo(302);

		String after = new Browser(port).get("/certificates/" + ana.certificate().id() + "/credential.jwt").body();
		assertThat(after.split("\\.")[0]).isNotEqualTo(before.split("\\.")[0]);
		assertThat(verify(before).body()).contains("Genuine and valid");
		assertThat(verify(after).body()).contains("Genuine and valid");
	}

	/**
	 * Reads the bit at {@code index} as a verifier would: the list's VC-JWT checked with a second JOSE
	 * library (jose4j) against the key set the portal publishes, then its encoded list unpacked.
	 */
	private boolean revokedInStatusList(long index) throws Exception {
		Browser verifier = new Browser(port);
		HttpResponse<String> list = verifier.get("/credentials/status/revocation");
		assertThat(list.headers().firstValue("Content-Type")).hasValue("application/vc+jwt");
		JwtClaims claims = new JwtConsumerBuilder()
			.setVerificationKeyResolver(new JwksVerificationKeyResolver(
					new JsonWebKeySet(verifier.get("/.well-known/jwks.json").body()).getJsonWebKeys()))
			.setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
			.setExpectedIssuer(PUBLIC_URL + "/issuer")
			.setRequireJwtId()
			.setRequireNotBefore()
			.setExpectedSubject(PUBLIC_URL + "/credentials/status/revocation#list")
			.setSkipDefaultAudienceValidation()
			.build()
			.processToClaims(list.body());
		assertThat(claims.getJwtId()).isEqualTo(PUBLIC_URL + "/credentials/status/revocation");
		assertThat(claims.getClaimValue("type")).isEqualTo(java.util.List.of("VerifiableCredential", "BitstringStatusListCredential"));
		assertThat(claims.getClaimValue("issuer")).isEqualTo(PUBLIC_URL + "/issuer");
		java.util.Map<?, ?> subject = (java.util.Map<?, ?>) claims.getClaimValue("credentialSubject");
		assertThat(subject.get("type")).isEqualTo("BitstringStatusList");
		assertThat(subject.get("statusPurpose")).isEqualTo("revocation");
		String encoded = ((String) subject.get("encodedList")).substring(1);
		assertThat((String) subject.get("encodedList")).startsWith("u");
		byte[] bits;
		try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded)))) {
			bits = gzip.readAllBytes();
		}
		assertThat(bits.length * 8).isGreaterThanOrEqualTo(131_072);
		return (bits[(int) (index / 8)] & (0x80 >>> (index % 8))) != 0;
	}

	@Test
	void theStatusListIsSignedAndATamperedOneFailsToVerify() throws Exception {
		Browser verifier = new Browser(port);
		String[] parts = verifier.get("/credentials/status/revocation").body().split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.replace("\"revocation\"", "\"suspension\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

		org.assertj.core.api.Assertions.assertThatExceptionOfType(org.jose4j.jwt.consumer.InvalidJwtException.class)
			.isThrownBy(() -> new JwtConsumerBuilder()
				.setVerificationKeyResolver(new JwksVerificationKeyResolver(
						new JsonWebKeySet(verifier.get("/.well-known/jwks.json").body()).getJsonWebKeys()))
				.setSkipDefaultAudienceValidation()
				.build()
				.processToClaims(forged));
	}
}
