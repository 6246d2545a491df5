package io.lectern.content.internal.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.TransportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private repository over SSH with a deploy key read from a file: the clone works with the key
 * and the server's listed host key, and is refused with another key or an unlisted server.
 */
class SshDeployKeyTest {

	@TempDir
	Path dir;

	KeyPair deployKey = SshGitServer.ecKeyPair();

	SshGitServer server;

	@BeforeEach
	void aPrivateRepository() throws Exception {
		Path repository = Files.createDirectories(dir.resolve("origin"));
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			Files.createDirectories(repository.resolve("course"));
			Files.writeString(repository.resolve("course/01-first.md"), "---\ntitle: First\n---\nOver SSH.\n");
			git.add().addFilepattern(".").call();
			git.commit().setMessage("A course").setAuthor("Author", "author@example.org").setSign(false).call();
		}
		server = new SshGitServer(repository, deployKey.getPublic());
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	@Test
	void theDeployKeyFromItsFileClonesTheRepository() throws Exception {
		GitRepository clone = new GitRepository(properties(keyFile(deployKey), knownHosts(server.knownHostsLine())), dir.resolve("data"));
		try (clone) {
			clone.open();
			clone.checkOut(clone.fetch());
			assertThat(clone.contentRoot().resolve("course/01-first.md")).content().contains("Over SSH.");
		}
	}

	@Test
	void anotherKeyIsRefused() throws Exception {
		GitRepository clone = new GitRepository(properties(keyFile(SshGitServer.ecKeyPair()), knownHosts(server.knownHostsLine())),
				dir.resolve("data"));
		try (clone) {
			assertThatExceptionOfType(TransportException.class).isThrownBy(clone::open);
		}
	}

	@Test
	void aServerWhoseHostKeyIsNotListedIsRefused() throws Exception {
		String stranger = "[127.0.0.1]:" + server.port() + " " + org.apache.sshd.common.config.keys.PublicKeyEntry
			.toString(SshGitServer.ecKeyPair().getPublic());
		GitRepository clone = new GitRepository(properties(keyFile(deployKey), knownHosts(stranger)), dir.resolve("data"));
		try (clone) {
			assertThatExceptionOfType(TransportException.class).isThrownBy(clone::open);
		}
	}

	private GitProperties properties(Path key, Path knownHosts) {
		return new GitProperties("ssh://git@127.0.0.1:" + server.port() + "/origin", "main", "", Duration.ofHours(1),
				Duration.ofHours(1), null, null, key.toString(), knownHosts.toString());
	}

	private Path keyFile(KeyPair key) throws Exception {
		Path file = Files.createTempFile(dir, "deploy-key", "");
		try (OutputStream out = Files.newOutputStream(file)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "deploy key", (OpenSSHKeyEncryptionContext) null, out);
		}
		return file;
	}

	private Path knownHosts(String line) throws Exception {
		return Files.writeString(Files.createTempFile(dir, "known_hosts", ""), line + "\n");
	}
}
