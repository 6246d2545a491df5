package io.lectern.production;

import static io.lectern.production.StoredLibraries.stored;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's last step (src/build/java/JarOrder.java, run as the pom runs it: the JDK's java on the single
 * source file) on a jar laid out as Spring Boot lays one out: the libraries come first in the list's order, names
 * matched without their versions, the rest after them as they were; every library stays stored, byte for byte, as
 * Spring Boot reads them in place; the class path index follows the new order; nothing else moves.
 */
class JarOrderTest {

	@TempDir
	Path folder;

	@Test
	void putsTheListedLibrariesFirstAndKeepsEverythingElse() throws Exception {
		Map<String, byte[]> libraries = new LinkedHashMap<>();
		libraries.put("BOOT-INF/lib/alpha-1.0.jar", bytes("alpha"));
		libraries.put("BOOT-INF/lib/beta-core-2.3.1.jar", bytes("beta two"));
		libraries.put("BOOT-INF/lib/gamma-3.jar", bytes("gamma"));
		libraries.put("BOOT-INF/lib/beta-core-9.0-rc1.jar", bytes("beta nine"));
		libraries.put("BOOT-INF/lib/delta.x-7.jar", bytes("delta"));
		Path jar = folder.resolve("app.jar");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
			compressed(out, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Launcher\n");
			compressed(out, "org/springframework/boot/loader/Launcher.class", "not really a class");
			compressed(out, "BOOT-INF/classes/", null);
			compressed(out, "BOOT-INF/classes/application.properties", "a=b\n");
			compressed(out, "BOOT-INF/lib/", null);
			for (Map.Entry<String, byte[]> library : libraries.entrySet()) {
				stored(out, library.getKey(), library.getValue());
			}
			compressed(out, "BOOT-INF/classpath.idx", String.join("\n", libraries.keySet()));
			compressed(out, "BOOT-INF/layers.idx", "- \"dependencies\":\n  - \"BOOT-INF/lib/\"\n");
		}
		Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
		Path list = folder.resolve("order.txt");
		Files.writeString(list, "# most used first\ngamma\n\nbeta-core\nomega\n");

		String said = run(jar, list);

		assertThat(said).contains("Ordered the 5 libraries of app.jar: 3 as listed first")
			.contains("listed but not in the jar: omega");
		try (ZipFile ordered = new ZipFile(jar.toFile())) {
			List<String> names = Collections.list(ordered.entries()).stream().map(ZipEntry::getName).toList();
			assertThat(names).containsExactly("META-INF/MANIFEST.MF", "org/springframework/boot/loader/Launcher.class",
					"BOOT-INF/classes/", "BOOT-INF/classes/application.properties", "BOOT-INF/lib/",
					"BOOT-INF/lib/gamma-3.jar", "BOOT-INF/lib/beta-core-2.3.1.jar", "BOOT-INF/lib/beta-core-9.0-rc1.jar",
					"BOOT-INF/lib/alpha-1.0.jar", "BOOT-INF/lib/delta.x-7.jar", "BOOT-INF/classpath.idx",
					"BOOT-INF/layers.idx");
			for (Map.Entry<String, byte[]> library : libraries.entrySet()) {
				ZipEntry entry = ordered.getEntry(library.getKey());
				assertThat(entry.getMethod()).as(library.getKey()).isEqualTo(ZipEntry.STORED);
				assertThat(ordered.getInputStream(entry).readAllBytes()).isEqualTo(library.getValue());
			}
			assertThat(text(ordered, "BOOT-INF/classpath.idx")).isEqualTo("""
					- "BOOT-INF/lib/gamma-3.jar"
					- "BOOT-INF/lib/beta-core-2.3.1.jar"
					- "BOOT-INF/lib/beta-core-9.0-rc1.jar"
					- "BOOT-INF/lib/alpha-1.0.jar"
					- "BOOT-INF/lib/delta.x-7.jar"
					""");
			assertThat(text(ordered, "META-INF/MANIFEST.MF")).contains("Main-Class: Launcher");
			assertThat(text(ordered, "BOOT-INF/layers.idx")).contains("BOOT-INF/lib/");
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(jar))).as("readable by all, as before")
			.isEqualTo("rw-r--r--");
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.map(path -> path.getFileName().toString())).as("no file left behind")
				.containsExactlyInAnyOrder("app.jar", "order.txt");
		}
	}

	/** What bench/jar-order.sh writes the list from: the JVM's class-loading log, counted by the names the list uses. */
	@Test
	void countsTheClassesLoadedFromEachLibraryByTheNameTheListUses() throws Exception {
		String jar = "jar:nested:/srv/lectern.jar/!BOOT-INF/lib/";
		Path log = Files.writeString(folder.resolve("classes.log"), String.join("\n",
				"[0.1s][info][class,load] java.lang.Object source: shared objects file",
				"[0.3s][info][class,load] io.lectern.Main source: jar:nested:/srv/lectern.jar/!BOOT-INF/classes/!/",
				"[0.4s][info][class,load] a.Alpha source: " + jar + "alpha-1.0.jar!/",
				"[0.5s][info][class,load] b.Beta source: " + jar + "beta-core-2.3.1.jar!/",
				"[0.5s][info][class,load] b.Beta9 source: " + jar + "beta-core-9.0-rc1.jar!/",
				"[0.6s][info][class,load] b.Beta$1 source: " + jar + "beta-core-2.3.1.jar!/",
				"[0.7s][info][class,load] a.Alpha$$Lambda/0x01 source: a.Alpha",
				"[0.8s][info][class,load] c.Gamma source: " + jar + "gamma-3.jar!/", ""));

		Process process = new ProcessBuilder(java(), "src/build/java/JarOrder.java", "--count", log.toString())
			.redirectErrorStream(true)
			.start();
		String counts = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor()).as(counts).isZero();
		assertThat(counts).isEqualTo("3 beta-core\n1 alpha\n1 gamma\n");
	}

	@Test
	void aJarItCannotReadIsLeftAsItWas() throws Exception {
		Path jar = Files.writeString(folder.resolve("broken.jar"), "not a zip");
		Path list = Files.writeString(folder.resolve("order.txt"), "gamma\n");

		Process process = start(jar, list);

		assertThat(process.waitFor()).isNotZero();
		assertThat(Files.readString(jar)).isEqualTo("not a zip");
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files).as("no file left behind").hasSize(2);
		}
	}

	private static String run(Path jar, Path list) throws Exception {
		Process process = start(jar, list);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}

	private static Process start(Path jar, Path list) throws IOException {
		return new ProcessBuilder(java(), "src/build/java/JarOrder.java", jar.toString(), list.toString())
			.redirectErrorStream(true)
			.start();
	}

	/** The JDK's java, as the pom runs the program. */
	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String text(ZipFile zip, String name) throws IOException {
		return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String content) {
		return ("PK-like " + content).getBytes(StandardCharsets.UTF_8);
	}

	private static void compressed(ZipOutputStream out, String name, String content) {
		try {
			out.putNextEntry(new ZipEntry(name));
			if (content != null) {
				out.write(content.getBytes(StandardCharsets.UTF_8));
			}
			out.closeEntry();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
