package io.lectern.content.internal.git;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * A certificate for {@code 127.0.0.1}, signed by its own key and valid for a day, made in memory
 * for a test's HTTPS server, with the TLS settings of the server that shows it and of a client
 * that trusts it alone. BouncyCastle's ASN.1 classes write the certificate; the JDK signs it.
 */
final class SelfSignedCertificate {

	private static final char[] PASSWORD = "test".toCharArray();

	private final KeyPair keys = SshGitServer.ecKeyPair();
	private final X509Certificate certificate;

	SelfSignedCertificate() throws Exception {
		X500Name name = new X500Name("CN=127.0.0.1");
		AlgorithmIdentifier ecdsa = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
		V3TBSCertificateGenerator generator = new V3TBSCertificateGenerator();
		generator.setSerialNumber(new ASN1Integer(BigInteger.valueOf(Instant.now().toEpochMilli())));
		generator.setIssuer(name);
		generator.setSubject(name);
		generator.setStartDate(new Time(Date.from(Instant.now().minus(Duration.ofHours(1)))));
		generator.setEndDate(new Time(Date.from(Instant.now().plus(Duration.ofDays(1)))));
		generator.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
		generator.setSignature(ecdsa);
		ExtensionsGenerator extensions = new ExtensionsGenerator();
		// HTTPS clients check the address they asked for against the certificate's alternative names.
		extensions.addExtension(Extension.subjectAlternativeName, false,
				new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
		generator.setExtensions(extensions.generate());
		TBSCertificate signed = generator.generateTBSCertificate();
		Signature signature = Signature.getInstance("SHA256withECDSA");
		signature.initSign(keys.getPrivate());
		signature.update(signed.getEncoded(ASN1Encoding.DER));
		byte[] encoded = new DERSequence(new ASN1Encodable[] { signed, ecdsa, new DERBitString(signature.sign()) })
			.getEncoded(ASN1Encoding.DER);
		certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(encoded));
	}

	/** TLS for the server: it shows this certificate. */
	SSLContext serverContext() throws GeneralSecurityException, IOException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("server", keys.getPrivate(), PASSWORD, new java.security.cert.Certificate[] { certificate });
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(store, PASSWORD);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keyManagers.getKeyManagers(), null, null);
		return context;
	}

	/** TLS for a client that trusts this certificate and no other. */
	SSLContext clientContext() throws GeneralSecurityException, IOException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setCertificateEntry("server", certificate);
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}
}
