package io.lectern.content.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.ImageServer;
import io.lectern.content.internal.remote.RemoteImageFetcher.Copy;
import io.lectern.content.internal.remote.RemoteImageFetcher.Failure;
import io.lectern.content.internal.remote.RemoteImageFetcher.Outcome;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteImageFetcherTest {

	@TempDir
	Path cache;

	private final ImageServer site = ImageServer.start();

	private RemoteImageFetcher fetcher() {
		return RemoteImageFetcher.allowingLoopbackForTests(cache, Duration.ofSeconds(10));
	}

	@AfterEach
	void stop() {
		site.close();
	}

	@Test
	void aPngIsKeptWithItsTypeUnderTheHashOfItsUrl() {
		site.png("/models.png", "\"v1\"");

		Outcome outcome = fetcher().fetch(site.url("/models.png"));

		assertThat(outcome).isInstanceOfSatisfying(Copy.class, copy -> {
			assertThat(copy.bytes()).isEqualTo(ImageServer.PNG);
			assertThat(copy.mediaType()).isEqualTo("image/png");
			assertThat(copy.fileName()).isEqualTo(ImageCache.key(site.url("/models.png")) + ".png").matches("[0-9a-f]{64}\\.png");
		});
		assertThat(site.requests("/models.png").get(0).getFirst("Accept-Encoding")).isEqualTo("identity");
	}

	@Test
	void theNextStartAsksWhetherTheImageChangedAndKeepsItsCopyOnA304() {
		site.png("/models.png", "\"v1\"");
		fetcher().fetch(site.url("/models.png"));

		Outcome again = fetcher().fetch(site.url("/models.png"));

		assertThat(again).isInstanceOfSatisfying(Copy.class, copy -> assertThat(copy.bytes()).isEqualTo(ImageServer.PNG));
		assertThat(site.requests("/models.png")).hasSize(2);
		assertThat(site.requests("/models.png").get(0).getFirst("If-None-Match")).isNull();
		assertThat(site.requests("/models.png").get(1).getFirst("If-None-Match")).isEqualTo("\"v1\"");
	}

	@Test
	void aCopyIsKeptWhenCheckingItAgainFails() {
		site.png("/models.png", "\"v1\"");
		String url = site.url("/models.png");
		fetcher().fetch(url);
		site.close();

		assertThat(fetcher().fetch(url)).isInstanceOfSatisfying(Copy.class,
				copy -> assertThat(copy.bytes()).isEqualTo(ImageServer.PNG));
	}

	@Test
	void aMissingImageIsAFailureThatSaysWhatTheServerAnswered() {
		site.serve("/gone.png", 404, Map.of(), "Not found".getBytes(StandardCharsets.UTF_8));

		assertThat(fetcher().fetch(site.url("/gone.png"))).isEqualTo(new Failure("the server answered 404"));
	}

	@Test
	void htmlSentAsAPngIsRefused() {
		site.serve("/fake.png", 200, Map.of("Content-Type", "image/png"),
				"<!doctype html><p>Not a picture".getBytes(StandardCharsets.UTF_8));

		assertThat(fetcher().fetch(site.url("/fake.png"))).isInstanceOfSatisfying(Failure.class,
				failure -> assertThat(failure.reason()).contains("not a picture"));
	}

	@Test
	void aPictureSentAsAPageIsRefused() {
		site.serve("/page", 200, Map.of("Content-Type", "text/html"), ImageServer.PNG);

		assertThat(fetcher().fetch(site.url("/page"))).isInstanceOfSatisfying(Failure.class,
				failure -> assertThat(failure.reason()).contains("text/html"));
	}

	@Test
	void aBodyLargerThanTenMegabytesIsRefusedWhileItStreams() {
		site.handle("/huge.png", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "image/png");
			exchange.sendResponseHeaders(200, 0); // chunked: no length announced
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(ImageServer.PNG);
				byte[] megabyte = new byte[1024 * 1024];
				for (int i = 0; i < 11; i++) {
					out.write(megabyte);
				}
			}
			catch (java.io.IOException closedByTheFetcher) {
				// the fetcher hung up once it had enough
			}
		});

		assertThat(fetcher().fetch(site.url("/huge.png"))).isEqualTo(new Failure("it is larger than 10 MB"));
	}

	@Test
	void redirectsAreFollowedUpToThree() {
		site.serve("/r1", 302, Map.of("Location", "/r2"), null)
			.serve("/r2", 301, Map.of("Location", site.url("/r3")), null)
			.serve("/r3", 307, Map.of("Location", "/final.png"), null)
			.png("/final.png", "\"v1\"");

		assertThat(fetcher().fetch(site.url("/r1"))).isInstanceOf(Copy.class);
	}

	@Test
	void aFourthRedirectIsRefused() {
		site.serve("/r1", 302, Map.of("Location", "/r2"), null)
			.serve("/r2", 302, Map.of("Location", "/r3"), null)
			.serve("/r3", 302, Map.of("Location", "/r4"), null)
			.serve("/r4", 302, Map.of("Location", "/final.png"), null)
			.png("/final.png", "\"v1\"");

		assertThat(fetcher().fetch(site.url("/r1"))).isEqualTo(new Failure("it redirects more than 3 times"));
		assertThat(site.requests("/final.png")).isEmpty();
	}

	@Test
	void aRedirectIntoThePrivateNetworkIsRefusedBeforeAnyConnection() {
		site.serve("/metadata.png", 302, Map.of("Location", "http://169.254.169.254/latest/meta-data/"), null)
			.serve("/internal.png", 302, Map.of("Location", "http://10.0.0.1/admin.png"), null);

		assertThat(fetcher().fetch(site.url("/metadata.png"))).isInstanceOfSatisfying(Failure.class,
				failure -> assertThat(failure.reason()).contains("private, loopback or reserved address"));
		assertThat(fetcher().fetch(site.url("/internal.png"))).isInstanceOfSatisfying(Failure.class,
				failure -> assertThat(failure.reason()).contains("private, loopback or reserved address"));
	}

	@Test
	void withoutTheTestSettingTheLoopbackServerItselfIsRefused() {
		site.png("/models.png", "\"v1\"");

		assertThat(new RemoteImageFetcher(cache).fetch(site.url("/models.png"))).isInstanceOf(Failure.class);
		assertThat(site.requests("/models.png")).isEmpty();
	}

	@Test
	void onlyHttpAndHttpsAreFetched() {
		assertThat(fetcher().fetch("ftp://example.org/x.png")).isEqualTo(new Failure("only http and https addresses are fetched"));
		assertThat(fetcher().fetch("file:///etc/passwd")).isInstanceOf(Failure.class);
	}

	@Test
	void anSvgIsKeptWithoutItsScript() {
		site.serve("/chart.svg", 200, Map.of("Content-Type", "image/svg+xml"),
				("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" onload=\"alert(1)\">"
						+ "<script>alert(2)</script><rect width=\"10\" height=\"10\" fill=\"red\"/></svg>")
					.getBytes(StandardCharsets.UTF_8));

		assertThat(fetcher().fetch(site.url("/chart.svg"))).isInstanceOfSatisfying(Copy.class, copy -> {
			assertThat(copy.mediaType()).isEqualTo("image/svg+xml");
			assertThat(new String(copy.bytes(), StandardCharsets.UTF_8)).contains("<rect fill=\"red\" height=\"10\" width=\"10\"></rect>")
				.contains("viewBox=\"0 0 10 10\"")
				.doesNotContain("script", "alert", "onload");
		});
	}

	@Test
	void aFewImagesAreFetchedTogetherAndEachOnce() {
		for (int i = 0; i < 6; i++) {
			site.png("/image" + i + ".png", "\"v1\"");
		}
		List<String> urls = java.util.stream.IntStream.range(0, 6).mapToObj(i -> site.url("/image" + i + ".png")).toList();

		Map<String, Outcome> outcomes = fetcher().fetchAll(urls);

		assertThat(outcomes).containsOnlyKeys(urls).allSatisfy((url, outcome) -> assertThat(outcome).isInstanceOf(Copy.class));
		urls.forEach(url -> assertThat(site.requests(url.substring(url.lastIndexOf('/')))).hasSize(1));
		assertThat(fetcher().fetchAll(List.of())).isEmpty();
	}

	@Test
	void theCopyIsWrittenWholeAndNoTemporaryFileStays() throws Exception {
		site.png("/models.png", "\"v1\"");

		fetcher().fetch(site.url("/models.png"));

		try (var files = Files.list(cache)) {
			assertThat(files.map(file -> file.getFileName().toString()))
				.containsExactly(ImageCache.key(site.url("/models.png")) + ".image");
		}
	}
}
