package io.lectern.content.internal.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.TransportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private repository over HTTPS with an access token read from a file: the token goes to the
 * server by HTTP Basic authentication, with the configured user name, and the repository is cloned;
 * without the token, or with another, it is refused; a token rotated in its file is used at the
 * next fetch. The server's certificate is made by the test, and trusted as the JDK's default for
 * the test's length only.
 */
class HttpsTokenTest {

	@TempDir
	Path dir;

	SSLSocketFactory defaultTls;

	DumbHttpsGitServer server;

	Path origin;

	@BeforeEach
	void aPrivateRepositoryOverHttps() throws Exception {
		Path work = Files.createDirectories(dir.resolve("work"));
		try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
			Files.createDirectories(work.resolve("course"));
			Files.writeString(work.resolve("course/01-first.md"), "---\ntitle: First\n---\nOver HTTPS.\n");
			git.add().addFilepattern(".").call();
			git.commit().setMessage("A course").setAuthor("Author", "author@example.org").setSign(false).call();
		}
		origin = dir.resolve("course.git");
		Git.cloneRepository().setBare(true).setURI(work.toUri().toString()).setDirectory(origin.toFile()).call().close();
		DumbHttpsGitServer.updateServerInfo(origin);
		SelfSignedCertificate certificate = new SelfSignedCertificate();
		server = new DumbHttpsGitServer(origin, certificate, "deployer", "token-from-the-forge");
		// JGit verifies a server over HTTPS with the JDK's default TLS settings: here they trust the test's server alone.
		defaultTls = HttpsURLConnection.getDefaultSSLSocketFactory();
		HttpsURLConnection.setDefaultSSLSocketFactory(certificate.clientContext().getSocketFactory());
	}

	@AfterEach
	void stop() {
		HttpsURLConnection.setDefaultSSLSocketFactory(defaultTls);
		server.close();
	}

	@Test
	void theTokenFromItsFileIsSentByBasicAuthenticationAndClonesTheRepository() throws Exception {
		try (GitRepository clone = new GitRepository(properties("deployer", tokenFile("token-from-the-forge\n")), dir.resolve("data"))) {
			clone.open();
			clone.checkOut(clone.fetch());

			assertThat(clone.contentRoot().resolve("course/01-first.md")).content().contains("Over HTTPS.");
		}
		assertThat(server.authorizations()).contains("Basic " + Base64.getEncoder()
			.encodeToString("deployer:token-from-the-forge".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void withoutATokenTheRepositoryIsRefused() throws Exception {
		try (GitRepository clone = new GitRepository(properties(null, ""), dir.resolve("data"))) {
			assertThatExceptionOfType(TransportException.class).isThrownBy(clone::open);
		}
		assertThat(server.authorizations()).isNotEmpty().allMatch(String::isEmpty);
	}

	@Test
	void anotherTokenIsRefused() throws Exception {
		try (GitRepository clone = new GitRepository(properties("deployer", tokenFile("an-old-token")), dir.resolve("data"))) {
			assertThatExceptionOfType(TransportException.class).isThrownBy(clone::open);
		}
	}

	@Test
	void aTokenRotatedInItsFileIsUsedAtTheNextFetch() throws Exception {
		Path token = tokenFile("token-from-the-forge");
		try (GitRepository clone = new GitRepository(properties("deployer", token), dir.resolve("data"))) {
			clone.open();
			server.accept("deployer", "the-next-token");
			assertThatExceptionOfType(TransportException.class).isThrownBy(clone::fetch);

			Files.writeString(token, "the-next-token\n");

			assertThat(clone.fetch()).isNotNull();
		}
	}

	private GitProperties properties(String username, Object tokenFile) {
		return new GitProperties(server.url(), "main", "", Duration.ofHours(1), Duration.ofHours(1), username,
				tokenFile.toString(), null, null);
	}

	private Path tokenFile(String token) throws Exception {
		return Files.writeString(Files.createTempFile(dir, "token", ""), token);
	}
}
