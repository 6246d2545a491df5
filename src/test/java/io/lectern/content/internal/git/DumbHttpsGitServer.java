package io.lectern.content.internal.git;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RefWriter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A private git repository over HTTPS on the loopback address, as a forge serves one to a token:
 * the files of a bare repository, read by git's "dumb" HTTP protocol, to a request that shows
 * {@code user:token} by HTTP Basic authentication, and 401 with a Basic challenge to any other.
 * Every {@code Authorization} header it was sent is kept (empty for a request without one), for a
 * test to see what the client sent.
 */
final class DumbHttpsGitServer implements AutoCloseable {

	private final Path bare;
	private final HttpsServer server;
	private final List<String> authorizations = new ArrayList<>();
	private volatile String accepted;

	/** @param bare a bare repository, whose files are served as they are once {@link #updateServerInfo} wrote its lists */
	DumbHttpsGitServer(Path bare, SelfSignedCertificate certificate, String user, String token) throws Exception {
		this.bare = bare;
		accept(user, token);
		server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
		server.createContext("/course.git/", this::serve);
		server.start();
	}

	/** The repository's address. */
	String url() {
		return "https://127.0.0.1:" + server.getAddress().getPort() + "/course.git";
	}

	/** From now on, only {@code user:token} is let in: a rotated token. */
	void accept(String user, String token) {
		accepted = "Basic " + Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
	}

	synchronized List<String> authorizations() {
		return List.copyOf(authorizations);
	}

	/**
	 * Writes the lists a dumb client reads first, as {@code git update-server-info} does: the refs
	 * ({@code info/refs}) and the packs ({@code objects/info/packs}).
	 */
	static void updateServerInfo(Path bare) throws IOException {
		try (Repository repository = new FileRepositoryBuilder().setGitDir(bare.toFile()).build()) {
			new RefWriter(repository.getRefDatabase().getRefs()) {
				@Override
				protected void writeFile(String file, byte[] content) throws IOException {
					Path written = bare.resolve(file);
					Files.createDirectories(written.getParent());
					Files.write(written, content);
				}
			}.writeInfoRefs();
		}
		StringBuilder packs = new StringBuilder();
		Path packFolder = bare.resolve("objects/pack");
		if (Files.isDirectory(packFolder)) {
			try (Stream<Path> files = Files.list(packFolder)) {
				files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".pack")).sorted()
					.forEach(name -> packs.append("P ").append(name).append('\n'));
			}
		}
		Files.createDirectories(bare.resolve("objects/info"));
		Files.writeString(bare.resolve("objects/info/packs"), packs.append('\n').toString());
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			synchronized (this) {
				authorizations.add(authorization == null ? "" : authorization);
			}
			if (!accepted.equals(authorization)) {
				exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"course\"");
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			String path = exchange.getRequestURI().getPath().substring("/course.git/".length());
			Path file = bare.resolve(path).normalize();
			if (!"GET".equals(exchange.getRequestMethod()) || !file.startsWith(bare) || !Files.isRegularFile(file)) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			byte[] bytes = Files.readAllBytes(file);
			exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
