import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Puts the libraries of a Spring Boot jar in the order a list gives, the rest after them in the order they had.
 *
 * <p>{@code java -jar} looks a class up library by library, in the order of their entries in the jar, and each
 * library it passes costs a URL made and opened. A start that loads 16,000 classes from libraries in Maven's order
 * passed about 80 libraries for each; in the order of how many classes start-up loads from each, about 16.
 * The list ({@code src/build/jar-order.txt}) names libraries without their versions, one a line, most used first;
 * {@code bench/jar-order.sh} measures it with this program's {@code --count}. {@code BOOT-INF/classpath.idx} is
 * written in the same order, as the image's extracted class path follows it. Every other entry keeps its place
 * and bytes.
 *
 * <p>With a launcher's sources, it also gives the jar its own launcher: the sources are compiled against the Spring Boot
 * loader at the jar's root, written beside it (and named in the layers index with it), and the manifest's
 * {@code Main-Class} names the launcher instead of Spring Boot's ({@code src/build/launcher}: Spring Boot's launcher
 * with a class loader that reads the libraries directly).
 *
 * <p>Run by the build after the jar is packaged:
 * {@code java src/build/java/JarOrder.java JAR LIST [LAUNCHER_SOURCES LAUNCHER_CLASS]}.
 */
public final class JarOrder {

	private static final String LIB = "BOOT-INF/lib/";

	private static final String CLASSPATH_INDEX = "BOOT-INF/classpath.idx";

	private static final String LAYERS_INDEX = "BOOT-INF/layers.idx";

	private static final String MANIFEST = "META-INF/MANIFEST.MF";

	/** The layer the launcher's classes go in: Spring Boot's loader's, as the extracted image's launcher form needs. */
	private static final String LOADER_LAYER = "- \"spring-boot-loader\":";

	/** The version that follows a library's name: a dash, then a digit, to the end ("jackson-databind-3.1.4.jar"). */
	private static final Pattern VERSION = Pattern.compile("-\\d[^/]*\\.jar$");

	/** A class the JVM's log ({@code -Xlog:class+load}) says it loaded from one of the jar's libraries. */
	private static final Pattern LOADED_FROM_LIBRARY =
			Pattern.compile(" source: jar:nested:.*!" + LIB + "([^!/]*\\.jar)!/");

	private JarOrder() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 2 && args[0].equals("--count")) {
			counts(Path.of(args[1])).forEach((name, classes) -> System.out.println(classes + " " + name));
		} else if (args.length == 2) {
			System.out.println(reorder(Path.of(args[0]), readList(Path.of(args[1])), null));
		} else if (args.length == 4) {
			System.out.println(reorder(Path.of(args[0]), readList(Path.of(args[1])),
					new Launcher(Path.of(args[2]), args[3])));
		} else {
			System.err.println("usage: java JarOrder.java JAR LIST [LAUNCHER_SOURCES LAUNCHER_CLASS]"
					+ " | java JarOrder.java --count CLASS_LOAD_LOG");
			System.exit(2);
		}
	}

	/**
	 * How many classes the log says were loaded from each library, most first, by name as {@link #nameOf} makes it
	 * (the names the list holds): what {@code bench/jar-order.sh} writes the list from.
	 */
	static Map<String, Long> counts(Path classLoadLog) throws IOException {
		Map<String, Long> byName = new HashMap<>();
		for (String line : Files.readAllLines(classLoadLog, StandardCharsets.UTF_8)) {
			Matcher library = LOADED_FROM_LIBRARY.matcher(line);
			if (library.find()) {
				byName.merge(nameOf(library.group(1)), 1L, Long::sum);
			}
		}
		Map<String, Long> mostFirst = new LinkedHashMap<>();
		byName.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(count -> mostFirst.put(count.getKey(), count.getValue()));
		return mostFirst;
	}

	static List<String> readList(Path list) throws IOException {
		List<String> names = new ArrayList<>();
		for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
			String name = line.strip();
			if (!name.isEmpty() && !name.startsWith("#")) {
				names.add(name);
			}
		}
		return names;
	}

	/** A library's name without folder and version: "BOOT-INF/lib/spring-core-7.0.8.jar" is "spring-core". */
	static String nameOf(String entry) {
		String file = entry.substring(entry.lastIndexOf('/') + 1);
		return VERSION.matcher(file).replaceFirst("").replaceFirst("\\.jar$", "");
	}

	static boolean isLibrary(ZipEntry entry) {
		return entry.getName().startsWith(LIB) && entry.getName().endsWith(".jar") && !entry.isDirectory();
	}

	/** A launcher to give the jar: the folder of its sources, and its class with {@code main}. */
	record Launcher(Path sources, String mainClass) {
	}

	/**
	 * Rewrites the jar in place, through a new file beside it that replaces it once whole; says what it did. With a
	 * launcher (or null), also gives the jar that launcher.
	 */
	static String reorder(Path jar, List<String> order, Launcher launcher) throws IOException {
		Path written = Files.createTempFile(jar.toAbsolutePath().getParent(), "ordered-", ".jar");
		Path classes = launcher == null ? null : Files.createTempDirectory(jar.toAbsolutePath().getParent(), "launcher-");
		try {
			Map<String, byte[]> launcherClasses = launcher == null ? Map.of() : compile(launcher.sources(), jar, classes);
			String said = write(jar, order, written, launcher, launcherClasses);
			keepPermissions(jar, written);
			Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING);
			return said;
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(written);
			throw e;
		} finally {
			if (classes != null) {
				try (Stream<Path> files = Files.walk(classes)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
	}

	/**
	 * The launcher's sources compiled against the jar (its root holds the Spring Boot loader they extend), for Java 17
	 * as the application: the class files by their entry names.
	 */
	static Map<String, byte[]> compile(Path sources, Path jar, Path classes) throws IOException {
		List<String> files;
		try (Stream<Path> found = Files.walk(sources)) {
			files = found.filter(file -> file.toString().endsWith(".java")).map(Path::toString).sorted().toList();
		}
		if (files.isEmpty()) {
			throw new IOException("no launcher sources in " + sources);
		}
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror",
				"-classpath", jar.toString(), "-d", classes.toString()));
		arguments.addAll(files);
		if (javac == null || javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
			throw new IOException("could not compile the launcher in " + sources);
		}
		Map<String, byte[]> compiled = new TreeMap<>();
		try (Stream<Path> found = Files.walk(classes)) {
			for (Path file : found.filter(Files::isRegularFile).toList()) {
				compiled.put(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		return compiled;
	}

	private static String write(Path jar, List<String> order, Path written, Launcher launcher,
			Map<String, byte[]> launcherClasses) throws IOException {
		try (ZipFile source = new ZipFile(jar.toFile())) {
			List<ZipEntry> entries = source.stream().map(ZipEntry.class::cast).toList();
			List<ZipEntry> libs = entries.stream().filter(JarOrder::isLibrary).toList();
			Map<String, List<ZipEntry>> byName = new LinkedHashMap<>();
			for (ZipEntry lib : libs) {
				byName.computeIfAbsent(nameOf(lib.getName()), name -> new ArrayList<>()).add(lib);
			}
			List<ZipEntry> ordered = new ArrayList<>();
			List<String> unknown = new ArrayList<>();
			for (String name : order) {
				List<ZipEntry> found = byName.remove(name);
				if (found == null) {
					unknown.add(name);
				} else {
					ordered.addAll(found);
				}
			}
			int listed = ordered.size();
			byName.values().forEach(ordered::addAll);
			try (OutputStream file = Files.newOutputStream(written); ZipOutputStream out = new ZipOutputStream(file)) {
				boolean librariesWritten = false;
				boolean launcherWritten = launcherClasses.isEmpty();
				for (ZipEntry entry : entries) {
					if (!launcherWritten && entry.getName().startsWith("BOOT-INF/")) {
						// At the root, after the Spring Boot loader and before the application's entries.
						for (Map.Entry<String, byte[]> launcherClass : launcherClasses.entrySet()) {
							write(out, launcherClass.getKey(), entry.getTime(), launcherClass.getValue());
						}
						launcherWritten = true;
					}
					if (isLibrary(entry)) {
						if (!librariesWritten) {
							for (ZipEntry lib : ordered) {
								copy(source, lib, out);
							}
							librariesWritten = true;
						}
					} else if (entry.getName().equals(CLASSPATH_INDEX)) {
						StringBuilder index = new StringBuilder();
						ordered.forEach(lib -> index.append("- \"").append(lib.getName()).append("\"\n"));
						write(out, CLASSPATH_INDEX, entry.getTime(), index.toString().getBytes(StandardCharsets.UTF_8));
					} else if (launcher != null && entry.getName().equals(MANIFEST)) {
						write(out, MANIFEST, entry.getTime(), withMainClass(text(source, entry), launcher.mainClass())
							.getBytes(StandardCharsets.UTF_8));
					} else if (launcher != null && entry.getName().equals(LAYERS_INDEX)) {
						write(out, LAYERS_INDEX, entry.getTime(), withLauncherLayer(text(source, entry), launcherClasses.keySet())
							.getBytes(StandardCharsets.UTF_8));
					} else {
						copy(source, entry, out);
					}
				}
			}
			return "Ordered the " + libs.size() + " libraries of " + jar.getFileName() + ": " + listed
					+ " as listed first"
					+ (unknown.isEmpty() ? "" : "; listed but not in the jar: " + String.join(", ", unknown))
					+ (launcher == null ? "" : "; launched by " + launcher.mainClass());
		}
	}

	/** The manifest with its {@code Main-Class} naming the launcher; every other line as it was. */
	static String withMainClass(String manifest, String mainClass) throws IOException {
		Matcher main = Pattern.compile("(?m)^Main-Class: .*$").matcher(manifest);
		if (!main.find()) {
			throw new IOException("the jar's manifest names no Main-Class");
		}
		return main.replaceFirst(Matcher.quoteReplacement("Main-Class: " + mainClass));
	}

	/** The layers index with the launcher's folders in the Spring Boot loader's layer, as extracting by layers needs. */
	static String withLauncherLayer(String index, Iterable<String> classes) throws IOException {
		Set<String> folders = new TreeSet<>();
		for (String entry : classes) {
			folders.add(entry.substring(0, entry.lastIndexOf('/') + 1));
		}
		int layer = index.indexOf(LOADER_LAYER + "\n");
		if (layer < 0) {
			throw new IOException("the jar's layers index has no spring-boot-loader layer");
		}
		StringBuilder lines = new StringBuilder();
		folders.forEach(folder -> lines.append("  - \"").append(folder).append("\"\n"));
		int after = layer + LOADER_LAYER.length() + 1;
		return index.substring(0, after) + lines + index.substring(after);
	}

	private static String text(ZipFile source, ZipEntry entry) throws IOException {
		try (InputStream in = source.getInputStream(entry)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void write(ZipOutputStream out, String name, long time, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(time);
		out.putNextEntry(entry);
		out.write(content);
		out.closeEntry();
	}

	/** The new file is made readable by its owner only, as temporary files are; the jar keeps the modes it had. */
	private static void keepPermissions(Path jar, Path written) throws IOException {
		if (Files.getFileStore(jar).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(written, Files.getPosixFilePermissions(jar));
		}
	}

	/**
	 * Copies an entry as it was. A stored entry (every library: Spring Boot reads them in place) keeps its sizes and
	 * checksum; a compressed one is compressed again, so its compressed size is left to the writer.
	 */
	private static void copy(ZipFile source, ZipEntry entry, ZipOutputStream out) throws IOException {
		ZipEntry copy = new ZipEntry(entry);
		if (copy.getMethod() != ZipEntry.STORED) {
			copy.setCompressedSize(-1);
		}
		out.putNextEntry(copy);
		try (InputStream in = source.getInputStream(entry)) {
			in.transferTo(out);
		}
		out.closeEntry();
	}

}
