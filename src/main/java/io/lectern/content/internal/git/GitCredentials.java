package io.lectern.content.internal.git;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * What the portal shows a private repository: an access token over HTTPS, or an SSH deploy key with
 * the server's known host keys. Both are read from their files at each fetch, so a token rotated in
 * its file (a Kubernetes Secret updated in place) is used without a restart, and neither is kept in
 * a field that a heap dump or a log line could show. The user's own {@code ~/.ssh} is never read.
 */
final class GitCredentials implements AutoCloseable {

	private final GitProperties properties;
	private final Path sshHome;
	private SshdSessionFactory ssh;

	/** @param sshHome an empty folder of the portal's own, for SSH's home: nothing is read from the user's */
	GitCredentials(GitProperties properties, Path sshHome) {
		this.properties = properties;
		this.sshHome = sshHome;
	}

	/** Sets up {@code command} to show the configured secret, if there is one. */
	<C extends TransportCommand<C, ?>> C applyTo(C command) {
		if (!properties.tokenFile().isEmpty()) {
			command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(properties.username(), token()));
		}
		if (!properties.sshKeyFile().isEmpty()) {
			SshdSessionFactory sessions = sshSessions();
			command.setTransportConfigCallback(transport -> {
				if (transport instanceof SshTransport sshTransport) {
					sshTransport.setSshSessionFactory(sessions);
				}
			});
		}
		return command;
	}

	private String token() {
		try {
			String token = Files.readString(Path.of(properties.tokenFile()), StandardCharsets.UTF_8).strip();
			if (token.isEmpty()) {
				throw new IllegalStateException("The token file lectern.content.git.token-file is empty");
			}
			return token;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the token file lectern.content.git.token-file: " + ex.getMessage(), ex);
		}
	}

	@Override
	public synchronized void close() {
		if (ssh != null) {
			ssh.close();
		}
	}

	/**
	 * A session factory that offers the deploy key only, and trusts only the listed host keys. Made
	 * once; it reads the key file again for each connection.
	 */
	private synchronized SshdSessionFactory sshSessions() {
		if (ssh != null) {
			return ssh;
		}
		Path key = Path.of(properties.sshKeyFile());
		if (!Files.isReadable(key)) {
			throw new IllegalStateException("Cannot read the SSH key file lectern.content.git.ssh-key-file");
		}
		List<Path> knownHosts = properties.sshKnownHostsFile().isEmpty() ? List.of() : List.of(Path.of(properties.sshKnownHostsFile()));
		File home = sshHome.toFile();
		ssh = new SshdSessionFactoryBuilder().setHomeDirectory(home)
			.setSshDirectory(home)
			.setConfigStoreFactory((homeDir, configFile, localUser) -> null)
			.setDefaultIdentities(ignored -> List.of(key))
			.setDefaultKnownHostsFiles(ignored -> knownHosts)
			.setPreferredAuthentications("publickey")
			.build(null);
		return ssh;
	}
}
