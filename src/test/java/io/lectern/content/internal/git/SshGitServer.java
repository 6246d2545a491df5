package io.lectern.content.internal.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A git server over SSH on the loopback address, as a forge serves a private repository: it lets in
 * one public key only, and answers {@code git-upload-pack} (clone, fetch) for one repository.
 */
final class SshGitServer implements AutoCloseable {

	private final SshServer server;
	private final KeyPair hostKey;

	SshGitServer(Path repository, PublicKey allowed) throws IOException {
		this.hostKey = ecKeyPair();
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, allowed));
		server.setPasswordAuthenticator(null);
		server.setKeyboardInteractiveAuthenticator(null);
		server.setCommandFactory(uploadPack(repository));
		server.start();
	}

	int port() {
		return server.getPort();
	}

	/** The server's line of a {@code known_hosts} file. */
	String knownHostsLine() {
		return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic());
	}

	static KeyPair ecKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(256);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		server.stop(true);
	}

	private static CommandFactory uploadPack(Path repository) {
		return (channel, command) -> {
			List<String> words = CommandFactory.split(command);
			if (words.isEmpty() || !words.get(0).equals("git-upload-pack")) {
				throw new IOException("Only fetching is served: " + command);
			}
			return new UploadCommand(repository);
		};
	}

	/** Runs JGit's side of a fetch over the channel's streams. */
	private static final class UploadCommand implements Command {

		private final Path repository;
		private InputStream in;
		private OutputStream out;
		private OutputStream err;
		private ExitCallback exit;

		UploadCommand(Path repository) {
			this.repository = repository;
		}

		@Override
		public void setInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public void setOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void setErrorStream(OutputStream err) {
			this.err = err;
		}

		@Override
		public void setExitCallback(ExitCallback exit) {
			this.exit = exit;
		}

		@Override
		public void start(ChannelSession channel, Environment environment) {
			Thread thread = new Thread(() -> {
				int status = 0;
				try (Repository served = new FileRepositoryBuilder().setWorkTree(repository.toFile()).build()) {
					new UploadPack(served).upload(in, out, err);
				}
				catch (IOException ex) {
					status = 1;
				}
				exit.onExit(status);
			}, "ssh-git-upload-pack");
			thread.setDaemon(true);
			thread.start();
		}

		@Override
		public void destroy(ChannelSession channel) {
			// The upload ends with its streams.
		}
	}
}
