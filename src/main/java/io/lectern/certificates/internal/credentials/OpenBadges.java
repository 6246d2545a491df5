package io.lectern.certificates.internal.credentials;

import io.lectern.authoring.CourseSlug;
import io.lectern.certificates.internal.PublicAddress;
import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.certificates.internal.status.StatusList;
import io.lectern.content.Catalog;
import io.lectern.content.CertificateRule;
import io.lectern.content.Course;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Certificates as Open Badges 3.0 documents (JSON-LD on the W3C Verifiable Credentials 2.0 data
 * model): the {@code OpenBadgeCredential}, the course's {@code Achievement} and the issuer's
 * {@code Profile}. Every id is an absolute address under the portal's public address. The learner
 * appears only as the certificate's own {@code urn:uuid} and the printed name: never the account.
 */
@Component
public class OpenBadges {

	public static final String CREDENTIALS_CONTEXT = "https://www.w3.org/ns/credentials/v2";

	public static final String OPEN_BADGES_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

	public static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

	private final PublicAddress address;
	private final Catalog catalog;
	private final String issuerName;

	OpenBadges(PublicAddress address, Catalog catalog, @Value("${lectern.certificates.issuer-name:Lectern}") String issuerName) {
		this.address = address;
		this.catalog = catalog;
		this.issuerName = issuerName;
	}

	public String issuerId() {
		return address.of("/issuer");
	}

	public String credentialId(Certificate certificate) {
		return address.of(certificate.url());
	}

	public Map<String, Object> credential(Certificate certificate) {
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", List.of(CREDENTIALS_CONTEXT, OPEN_BADGES_CONTEXT));
		credential.put("id", credentialId(certificate));
		credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
		credential.put("name", certificate.courseTitle() + ": certificate of completion");
		credential.put("issuer", profileBody());
		credential.put("validFrom", certificate.issuedAt().toString());
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", certificate.subjectId());
		subject.put("type", List.of("AchievementSubject"));
		subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityHash", certificate.printedName(),
				"identityType", "name", "hashed", false)));
		subject.put("achievement", achievementBody(certificate.courseSlug(), certificate.courseTitle(), certificate.courseVersion()));
		credential.put("credentialSubject", subject);
		credential.put("credentialStatus", statusEntry(certificate.statusIndex()));
		credential.put("credentialSchema", List.of(Map.of("id", SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
		return credential;
	}

	/** The course's achievement as served at its own address, describing the course as it is now. */
	public Optional<Map<String, Object>> achievement(String courseSlug) {
		return catalog.course(CourseSlug.of(courseSlug))
			.filter(course -> course.certificate().offered())
			.map(course -> withContext(achievementBody(course.slug().value(), course.title(), course.version())));
	}

	public Map<String, Object> profile() {
		return withContext(profileBody());
	}

	private Map<String, Object> profileBody() {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", issuerId());
		profile.put("type", List.of("Profile"));
		profile.put("name", issuerName);
		profile.put("url", address.of("/"));
		return profile;
	}

	private Map<String, Object> achievementBody(String courseSlug, String title, String version) {
		Optional<Course> course = catalog.course(CourseSlug.of(courseSlug));
		Map<String, Object> achievement = new LinkedHashMap<>();
		achievement.put("id", address.of("/achievements/" + courseSlug));
		achievement.put("type", List.of("Achievement"));
		achievement.put("achievementType", "CertificateOfCompletion");
		achievement.put("name", title);
		achievement.put("description", course.map(Course::summary).filter(summary -> !summary.isBlank())
			.orElse("The course " + title + " on " + issuerName + "."));
		achievement.put("criteria", Map.of("id", address.of("/courses/" + courseSlug), "narrative",
				course.map(Course::certificate).map(CertificateRule::inWords).orElse("Complete the course.")));
		achievement.put("version", version);
		achievement.put("creator", Map.of("id", issuerId(), "type", List.of("Profile")));
		return achievement;
	}

	private Map<String, Object> statusEntry(long index) {
		String list = address.of(StatusList.PATH);
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", list + "#" + index);
		entry.put("type", "BitstringStatusListEntry");
		entry.put("statusPurpose", "revocation");
		entry.put("statusListIndex", Long.toString(index));
		entry.put("statusListCredential", list);
		return entry;
	}

	private static Map<String, Object> withContext(Map<String, Object> body) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", List.of(CREDENTIALS_CONTEXT, OPEN_BADGES_CONTEXT));
		document.putAll(body);
		return document;
	}
}
