package io.lectern.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.web.Browser;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each certificate as an Open Badges 3.0 credential, checked as a third party would: its VC-JWT
 * verified by a second JOSE library (jose4j) with the key set the portal publishes, and the
 * credential validated against 1EdTech's JSON Schema (vendored under {@code src/test/resources/openbadges}).
 */
class OpenBadgeCredentialTest extends CertificatePortalTest {

	private final ObjectMapper json = new ObjectMapper();

	private Certificate issued(String name) {
		String learner = learnerIdOf(learner(name));
		completed(learner, "key-basics", Instant.parse("2026-11-30T10:15:00Z"));
		return certificateOf(learner, "key-basics");
	}

	@Test
	void theSignedCredentialVerifiesWithAnotherLibraryFromThePublishedKeySet() throws Exception {
		Certificate certificate = issued("Ana Lima");
		Browser verifier = new Browser(port);

		HttpResponse<String> jwt = verifier.get("/certificates/" + certificate.id() + "/credential.jwt");
		HttpResponse<String> keySet = verifier.get("/.well-known/jwks.json");

		assertThat(jwt.headers().firstValue("Content-Type")).hasValue("application/vc+jwt");
		assertThat(keySet.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/jwk-set+json"));
		assertThat(keySet.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
		JwtClaims claims = consumer(new JsonWebKeySet(keySet.body())).processToClaims(jwt.body());

		String credentialId = PUBLIC_URL + "/certificates/" + certificate.id();
		assertThat(claims.getIssuer()).isEqualTo(PUBLIC_URL + "/issuer");
		assertThat(claims.getJwtId()).isEqualTo(credentialId);
		assertThat(claims.getSubject()).isEqualTo(certificate.subjectId());
		assertThat(claims.getNotBefore().getValue()).isEqualTo(Instant.parse("2026-11-30T10:15:00Z").getEpochSecond());
		assertThat(claims.getClaimValue("@context")).isEqualTo(
				List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
		assertThat(claims.getClaimValue("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
		assertThat(claims.getClaimValue("id")).isEqualTo(credentialId);
		assertThat(claims.getClaimValue("validFrom")).isEqualTo("2026-11-30T10:15:00Z");
	}

	@Test
	void theHeaderIsRs256WithAKidThatDereferencesToThePublicKey() throws Exception {
		Certificate certificate = issued("Ana Lima");
		Browser verifier = new Browser(port);
		String jwt = verifier.get("/certificates/" + certificate.id() + "/credential.jwt").body();

		Map<String, Object> header = json.readValue(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), Map.class);

		assertThat(header).containsOnlyKeys("alg", "kid", "typ").containsEntry("alg", "RS256").containsEntry("typ", "JWT");
		String kid = (String) header.get("kid");
		assertThat(kid).startsWith(PUBLIC_URL + "/issuer/keys/");
		HttpResponse<String> key = verifier.get(URI.create(kid).getPath());
		assertThat(key.statusCode()).isEqualTo(200);
		JsonWebKey published = JsonWebKey.Factory.newJwk(key.body());
		assertThat(published.getKeyId()).isEqualTo(kid);
		assertThat(key.body()).doesNotContain("\"d\"");
		assertThat(consumer(new JsonWebKeySet(published)).processToClaims(jwt).getIssuer()).isEqualTo(PUBLIC_URL + "/issuer");
	}

	@Test
	void aTamperedCredentialFailsToVerify() throws Exception {
		Certificate certificate = issued("Ana Lima");
		Browser verifier = new Browser(port);
		String[] parts = verifier.get("/certificates/" + certificate.id() + "/credential.jwt").body().split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
			.replace("Ana Lima", "Eve Mallory");
		String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];

		JwtConsumer consumer = consumer(new JsonWebKeySet(verifier.get("/.well-known/jwks.json").body()));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidJwtException.class)
			.isThrownBy(() -> consumer.processToClaims(tampered));
	}

	@Test
	void theCredentialIsValidAgainst1EdTechsSchemaAndNamesTheLearnerOnlyByTheirPrintedName() throws Exception {
		Certificate certificate = issued("Ana Lima");
		Browser verifier = new Browser(port);
		HttpResponse<String> credential = verifier.get("/certificates/" + certificate.id() + "/credential.json");
		JsonNode document = json.readTree(credential.body());
		String[] jwt = verifier.get("/certificates/" + certificate.id() + "/credential.jwt").body().split("\\.");
		JsonNode payload = json.readTree(java.util.Base64.getUrlDecoder().decode(jwt[1]));

		assertThat(schema().validate(document)).as("the credential as served").isEmpty();
		assertThat(schema().validate(payload)).as("the credential as signed, in the VC-JWT's payload").isEmpty();
		JsonNode subject = document.get("credentialSubject");
		assertThat(subject.get("id").asString()).isEqualTo(certificate.subjectId()).startsWith("urn:uuid:");
		assertThat(subject.get("identifier").get(0).get("identityType").asString()).isEqualTo("name");
		assertThat(subject.get("identifier").get(0).get("identityHash").asString()).isEqualTo("Ana Lima");
		assertThat(subject.get("identifier").get(0).get("hashed").asBoolean()).isFalse();
		assertThat(credential.body()).doesNotContain(certificate.learnerId().value());
		assertThat(subject.get("achievement").get("id").asString()).isEqualTo(PUBLIC_URL + "/achievements/key-basics");
		assertThat(document.get("credentialStatus").get("statusListCredential").asString())
			.isEqualTo(PUBLIC_URL + "/credentials/status/revocation");
	}

	@Test
	void theSchemaRefusesACredentialWithoutValidFromOrWithItsContextsSwapped() throws Exception {
		Certificate certificate = issued("Ana Lima");
		ObjectNode document = json.readValue(new Browser(port).get("/certificates/" + certificate.id() + "/credential.json").body(), ObjectNode.class);

		ObjectNode withoutValidFrom = document.deepCopy();
		withoutValidFrom.remove("validFrom");
		ObjectNode contextsSwapped = document.deepCopy();
		contextsSwapped.putArray("@context").add(document.get("@context").get(1)).add(document.get("@context").get(0));

		assertThat(schema().validate(withoutValidFrom)).extracting(Error::getMessage)
			.anySatisfy(message -> assertThat(message).contains("validFrom"));
		assertThat(schema().validate(contextsSwapped)).extracting(error -> error.getInstanceLocation() + " " + error.getMessage())
			.satisfiesExactlyInAnyOrder(
					first -> assertThat(first).startsWith("/@context/0 ").contains("https://www.w3.org/ns/credentials/v2"),
					second -> assertThat(second).startsWith("/@context/1 ").contains("v3p0"));
	}

	@Test
	void theIssuerAndTheAchievementAreServedAtTheirIds() throws Exception {
		Browser verifier = new Browser(port);

		JsonNode issuer = json.readTree(verifier.get("/issuer").body());
		JsonNode achievement = json.readTree(verifier.get("/achievements/key-exam").body());

		assertThat(issuer.get("id").asString()).isEqualTo(PUBLIC_URL + "/issuer");
		assertThat(issuer.get("type").get(0).asString()).isEqualTo("Profile");
		assertThat(achievement.get("id").asString()).isEqualTo(PUBLIC_URL + "/achievements/key-exam");
		assertThat(achievement.get("type").get(0).asString()).isEqualTo("Achievement");
		assertThat(achievement.get("criteria").get("narrative").asString()).isEqualTo("Score at least 80% on the quiz key-exam-final.");
		assertThat(verifier.get("/achievements/no-such-course").statusCode()).isEqualTo(404);
	}

	private static JwtConsumer consumer(JsonWebKeySet keys) {
		return new JwtConsumerBuilder().setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
			.setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
			.setExpectedIssuer(PUBLIC_URL + "/issuer")
			.setRequireJwtId()
			.setRequireNotBefore()
			.setRequireSubject()
			.setSkipDefaultAudienceValidation()
			.build();
	}

	private static Schema schema() throws Exception {
		try (InputStream file = OpenBadgeCredentialTest.class.getResourceAsStream("/openbadges/ob_v3p0_achievementcredential_schema.json")) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(file);
		}
	}
}
