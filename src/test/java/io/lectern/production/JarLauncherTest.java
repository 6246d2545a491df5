package io.lectern.production;

import static io.lectern.production.StoredLibraries.stored;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.launch.JarLauncher;

/**
 * The jar's own launcher (src/build/launcher, given to the jar by src/build/java/JarOrder.java as the build runs it),
 * on a small jar packaged as Spring Boot packages one, with Spring Boot's real loader: started with {@code java -jar},
 * the application answers the same as under Spring Boot's launcher, but for the class loader's name. A class in two
 * libraries comes from the first on the class path, each class carries its library's address as its code source, its
 * package is defined from that library's manifest, resources are found at the same addresses (in every library that
 * holds them, with names to encode, folders, names to resolve), JDK classes are found, a missing class is missing.
 */
class JarLauncherTest {

	private static final String LAUNCHER = "io.lectern.launch.LecternJarLauncher";

	@TempDir
	Path folder;

	@Test
	void startsTheApplicationWithClassesReadDirectlyAndAnswersAsSpringBootsLauncherDoes() throws Exception {
		Path jar = packagedJar();
		String underSpringBoot = run(java(), "-jar", jar.toString());

		String said = run(java(), "src/build/java/JarOrder.java", jar.toString(), list().toString(), "src/build/launcher",
				LAUNCHER);
		String underOurs = run(java(), "-jar", jar.toString());

		assertThat(said).contains("launched by " + LAUNCHER);
		assertThat(underSpringBoot).contains("version=1.0-first");
		assertThat(underOurs).contains("loader=io.lectern.launch.DirectClassLoader")
			.contains("shared=first")
			.contains("only=from second")
			.containsPattern("only's source=jar:nested:.*/app.jar/!BOOT-INF/lib/second-2.0.jar!/\n")
			.contains("main's source ends with=BOOT-INF/classes/!/")
			.contains("version=1.0-first")
			.contains("resource=a note in the second library")
			.containsPattern("resources demo/both.txt=\\[jar:nested:.*/app.jar/!BOOT-INF/lib/first-1.0.jar!/demo/both.txt, "
					+ "jar:nested:.*/app.jar/!BOOT-INF/lib/second-2.0.jar!/demo/both.txt]")
			.contains("resource demo/missing.txt=null")
			.contains("missing=ClassNotFoundException")
			.contains("jdk=platform");
		assertThat(underSpringBoot).contains("loader=org.springframework.boot.loader.launch.LaunchedClassLoader");
		assertThat(withoutLoader(underOurs)).isEqualTo(withoutLoader(underSpringBoot));
		try (ZipFile packaged = new ZipFile(jar.toFile())) {
			assertThat(text(packaged, "META-INF/MANIFEST.MF")).contains("Main-Class: " + LAUNCHER + "\r\n")
				.contains("Start-Class: demo.Main");
			assertThat(text(packaged, "BOOT-INF/layers.idx"))
				.contains("- \"spring-boot-loader\":\n  - \"io/lectern/launch/\"\n  - \"org/\"\n");
			assertThat(packaged.getEntry("io/lectern/launch/DirectClassLoader.class")).isNotNull();
		}
	}

	/** What the test application prints, but for the line naming the class loader, which is the difference. */
	private static String withoutLoader(String printed) {
		return printed.lines().filter(line -> !line.startsWith("loader=")).reduce("", (all, line) -> all + line + "\n");
	}

	/**
	 * app.jar: Spring Boot's loader at the root, the application's {@code demo.Main} in BOOT-INF/classes, and two
	 * libraries, both holding {@code demo.lib.Shared}, stored as Spring Boot stores them.
	 */
	private Path packagedJar() throws IOException, URISyntaxException {
		Map<String, byte[]> first = compile("first", Map.of(
				"demo/lib/Shared.java", "package demo.lib; public class Shared { public String toString() { return \"first\"; } }"),
				List.of());
		first = withManifest("1.0-first", first);
		Map<String, byte[]> second = compile("second", Map.of(
				"demo/lib/Shared.java", "package demo.lib; public class Shared { public String toString() { return \"second\"; } }",
				"demo/other/Only.java", "package demo.other; public class Only { public String toString() { return \"from second\"; } }"),
				List.of());
		second = withManifest("2.0-second", second);
		second.put("demo/other/note.txt", "a note in the second library".getBytes(StandardCharsets.UTF_8));
		for (Map<String, byte[]> library : List.of(first, second)) {
			library.put("demo/both.txt", "in both".getBytes(StandardCharsets.UTF_8));
			library.put("demo/a name with spaces.txt", "spaces".getBytes(StandardCharsets.UTF_8));
		}
		Path firstClasses = folder.resolve("first");
		Map<String, byte[]> application = compile("application", Map.of("demo/Main.java", """
				package demo;
				public class Main {
					public static void main(String[] args) throws Exception {
						ClassLoader loader = Main.class.getClassLoader();
						System.out.println("loader=" + loader.getClass().getName());
						System.out.println("shared=" + new demo.lib.Shared());
						Class<?> only = Class.forName("demo.other.Only", true, loader);
						System.out.println("only=" + only.getDeclaredConstructor().newInstance());
						System.out.println("only's source=" + only.getProtectionDomain().getCodeSource().getLocation());
						String main = Main.class.getProtectionDomain().getCodeSource().getLocation().toString();
						System.out.println("main's source ends with=" + main.substring(main.indexOf("BOOT-INF")));
						System.out.println("version=" + demo.lib.Shared.class.getPackage().getImplementationVersion());
						try (var note = loader.getResourceAsStream("demo/other/note.txt")) {
							System.out.println("resource=" + new String(note.readAllBytes()));
						}
						for (String name : new String[] { "demo/both.txt", "demo/a name with spaces.txt", "demo/../demo/both.txt",
								"demo/", "demo/missing.txt" }) {
							System.out.println("resource " + name + "=" + loader.getResource(name));
							System.out.println("resources " + name + "=" + java.util.Collections.list(loader.getResources(name)));
						}
						try {
							Class.forName("demo.Missing", false, loader);
							System.out.println("missing=found");
						} catch (ClassNotFoundException expected) {
							System.out.println("missing=ClassNotFoundException");
						}
						System.out.println("jdk=" + Class.forName("java.sql.Connection", false, loader).getClassLoader().getName());
					}
				}
				"""), List.of(firstClasses));

		Path jar = folder.resolve("app.jar");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
			put(out, "META-INF/MANIFEST.MF", String.join("\r\n", "Manifest-Version: 1.0",
					"Main-Class: " + JarLauncher.class.getName(), "Start-Class: demo.Main",
					"Spring-Boot-Classes: BOOT-INF/classes/", "Spring-Boot-Lib: BOOT-INF/lib/",
					"Spring-Boot-Classpath-Index: BOOT-INF/classpath.idx", "Spring-Boot-Layers-Index: BOOT-INF/layers.idx", "", "")
				.getBytes(StandardCharsets.UTF_8));
			try (ZipFile loader = new ZipFile(Path.of(JarLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
				for (ZipEntry entry : loader.stream().filter(entry -> entry.getName().startsWith("org/")).toList()) {
					try (InputStream in = loader.getInputStream(entry)) {
						put(out, entry.getName(), entry.isDirectory() ? null : in.readAllBytes());
					}
				}
			}
			// Spring Boot puts the classes folder on the class path by its directory entry.
			put(out, "BOOT-INF/", null);
			put(out, "BOOT-INF/classes/", null);
			for (Map.Entry<String, byte[]> entry : application.entrySet()) {
				put(out, "BOOT-INF/classes/" + entry.getKey(), entry.getValue());
			}
			put(out, "BOOT-INF/lib/", null);
			stored(out, "BOOT-INF/lib/first-1.0.jar", zip(first));
			stored(out, "BOOT-INF/lib/second-2.0.jar", zip(second));
			put(out, "BOOT-INF/classpath.idx",
					"- \"BOOT-INF/lib/first-1.0.jar\"\n- \"BOOT-INF/lib/second-2.0.jar\"\n".getBytes(StandardCharsets.UTF_8));
			put(out, "BOOT-INF/layers.idx", """
					- "dependencies":
					  - "BOOT-INF/lib/"
					- "spring-boot-loader":
					  - "org/"
					- "application":
					  - "BOOT-INF/classes/"
					  - "BOOT-INF/classpath.idx"
					  - "BOOT-INF/layers.idx"
					  - "META-INF/"
					""".getBytes(StandardCharsets.UTF_8));
		}
		return jar;
	}

	/** A library's entries after its manifest, which gives its packages their version. */
	private static Map<String, byte[]> withManifest(String version, Map<String, byte[]> entries) {
		Map<String, byte[]> library = new LinkedHashMap<>();
		library.put("META-INF/MANIFEST.MF", ("Manifest-Version: 1.0\r\nImplementation-Version: " + version + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		library.putAll(entries);
		return library;
	}

	/** An order for the libraries that is the class path's own, so that only the launcher differs. */
	private Path list() throws IOException {
		return Files.writeString(folder.resolve("order.txt"), "first\nsecond\n");
	}

	/** The sources compiled into FOLDER/NAME against CLASSPATH, read back as entries. */
	private Map<String, byte[]> compile(String name, Map<String, String> sources, List<Path> classPath) throws IOException {
		Path source = Files.createDirectories(folder.resolve(name + "-sources"));
		Path classes = Files.createDirectories(folder.resolve(name));
		List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
		if (!classPath.isEmpty()) {
			arguments.addAll(List.of("-classpath", classPath.get(0).toString()));
		}
		for (Map.Entry<String, String> file : sources.entrySet()) {
			Path path = source.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			arguments.add(Files.writeString(path, file.getValue()).toString());
		}
		assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new))).isZero();
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				entries.put(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		return entries;
	}

	/** A library with its folders' entries, as jar tools write them (Spring Boot reads a package's manifest by them). */
	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		var bytes = new java.io.ByteArrayOutputStream();
		Set<String> folders = new HashSet<>();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				for (int slash = entry.getKey().indexOf('/'); slash > 0; slash = entry.getKey().indexOf('/', slash + 1)) {
					if (folders.add(entry.getKey().substring(0, slash + 1))) {
						put(out, entry.getKey().substring(0, slash + 1), null);
					}
				}
				put(out, entry.getKey(), entry.getValue());
			}
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream out, String name, byte[] content) throws IOException {
		out.putNextEntry(new ZipEntry(name));
		if (content != null) {
			out.write(content);
		}
		out.closeEntry();
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}

	/** The JDK's java, as the pom runs the build's program and as an operator starts the jar. */
	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String text(ZipFile zip, String name) throws IOException {
		return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
	}
}
