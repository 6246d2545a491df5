package io.lectern.launch;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.loader.launch.Archive;
import org.springframework.boot.loader.launch.LaunchedClassLoader;

/**
 * Spring Boot's class loader for a packaged jar, finding classes directly in the libraries' jar files.
 *
 * <p>Spring Boot's nested libraries have {@code jar:nested:} addresses, which the JDK's {@code URLClassLoader} serves
 * with its generic loader: for each library it tries, it makes the class's URL, parses it, opens a connection and asks
 * the library for the entry, and a start loads some 16,000 classes from libraries, passing 16 libraries each on average.
 * That machinery was a fifth of the main thread's start-up and among the methods the JIT compiled most. This loader
 * asks each library's {@link JarFile} (Spring Boot's own, opened once through the library's address and shared with
 * Spring Boot's cache) for the entry, in the same class path order, and defines the class with the same code source
 * (the library's address, no signers) that {@code URLClassLoader} would give it, in a package defined from that
 * library's manifest as Spring Boot defines it. The parent, which holds the JDK and the jar's root (Spring Boot's
 * loader and this launcher), is asked first for the classes of its packages only: asking it first for each of the
 * application's classes cost an exception each (17,000 a start). Whatever the libraries do not hold goes the usual
 * way, parent first. A resource is looked for the same way, and given the address {@code URLClassLoader} would give
 * it; a name that its address would have to encode, or a folder, is left to Spring Boot's way.
 */
public class DirectClassLoader extends LaunchedClassLoader {

	static {
		ClassLoader.registerAsParallelCapable();
	}

	/** The packages of the JDK's modules: classes the parent defines, and which a library must not redefine. */
	private static final Set<String> JDK_PACKAGES = ModuleLayer.boot()
		.modules()
		.stream()
		.flatMap(module -> module.getPackages().stream())
		.collect(Collectors.toUnmodifiableSet());

	/** The classes at the jar's root, which the parent (the class path of {@code java -jar}) defines. */
	private static final List<String> ROOT_PACKAGES = List.of("org.springframework.boot.loader.", "io.lectern.launch.");

	/**
	 * Resource names whose address is the name as it is: files in folders whose names need no encoding and hold no
	 * {@code .} or {@code ..} to resolve. {@code URLClassLoader} encodes other characters, and looks folders up its own
	 * way, so any other name goes the usual way.
	 */
	private static final Pattern PLAIN_FILE_NAME =
			Pattern.compile("[A-Za-z0-9_$-][A-Za-z0-9._$-]*(/[A-Za-z0-9_$-][A-Za-z0-9._$-]*)*");

	/** The class path's jar files and code sources, in its order. */
	private final JarFile[] jars;

	private final CodeSource[] sources;

	private DirectClassLoader(Archive root, URL[] classPath, JarFile[] jars, ClassLoader parent) {
		super(false, root, classPath, parent);
		this.jars = jars;
		this.sources = new CodeSource[classPath.length];
		for (int i = 0; i < classPath.length; i++) {
			this.sources[i] = new CodeSource(classPath[i], (CodeSigner[]) null);
		}
	}

	/**
	 * A loader over the class path, if every entry of it is a jar (a library, or the application's classes folder
	 * inside the packaged jar); otherwise none, and Spring Boot's loader is used as it is.
	 */
	static Optional<ClassLoader> over(Archive root, URL[] classPath, ClassLoader parent) {
		JarFile[] jars = new JarFile[classPath.length];
		for (int i = 0; i < classPath.length; i++) {
			try {
				URLConnection connection = classPath[i].openConnection();
				if (!(connection instanceof JarURLConnection jar)) {
					return Optional.empty();
				}
				jars[i] = jar.getJarFile();
			}
			catch (IOException unreadable) {
				return Optional.empty();
			}
		}
		return Optional.of(new DirectClassLoader(root, classPath, jars, parent));
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		int dot = name.lastIndexOf('.');
		String packageName = dot < 0 ? "" : name.substring(0, dot);
		if (dot < 0 || JDK_PACKAGES.contains(packageName) || atTheRoot(name)) {
			return super.loadClass(name, resolve);
		}
		synchronized (getClassLoadingLock(name)) {
			Class<?> loaded = findLoadedClass(name);
			if (loaded == null) {
				loaded = fromLibraries(name, packageName);
			}
			if (loaded == null) {
				return super.loadClass(name, resolve);
			}
			if (resolve) {
				resolveClass(loaded);
			}
			return loaded;
		}
	}

	private static boolean atTheRoot(String className) {
		for (String rootPackage : ROOT_PACKAGES) {
			if (className.startsWith(rootPackage)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The class defined from the first library on the class path that holds it, in its package, or null if none does.
	 */
	private Class<?> fromLibraries(String name, String packageName) throws ClassNotFoundException {
		String path = name.replace('.', '/').concat(".class");
		for (int library = 0; library < jars.length; library++) {
			JarEntry entry = jars[library].getJarEntry(path);
			if (entry != null) {
				definePackageOf(packageName, library);
				byte[] bytes;
				try (InputStream in = jars[library].getInputStream(entry)) {
					// The entry's size is known from the library's index: read into an array of that size.
					bytes = entry.getSize() >= 0 ? in.readNBytes((int) entry.getSize()) : in.readAllBytes();
				}
				catch (IOException unreadable) {
					throw new ClassNotFoundException(name, unreadable);
				}
				return defineClass(name, bytes, 0, bytes.length, sources[library]);
			}
		}
		return null;
	}

	/** The first library on the class path, from {@code from} on, that holds the entry; -1 if none does. */
	private int holder(String entryName, int from) {
		for (int i = from; i < jars.length; i++) {
			if (jars[i].getJarEntry(entryName) != null) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * As Spring Boot defines a package: from the manifest of the library holding the class, when that library has the
	 * package's folder and a manifest; otherwise the JVM defines it without one, as {@code URLClassLoader} would.
	 */
	private void definePackageOf(String packageName, int library) {
		if (getDefinedPackage(packageName) != null) {
			return;
		}
		try {
			Manifest manifest = jars[library].getManifest();
			if (manifest != null && jars[library].getJarEntry(packageName.replace('.', '/') + "/") != null) {
				definePackage(packageName, manifest, sources[library].getLocation());
			}
		}
		catch (IOException unreadable) {
			// Defined without the manifest's attributes, as for a library without one.
		}
		catch (IllegalArgumentException definedMeanwhile) {
			// Another thread defined it first (the loader is parallel capable): the same package.
		}
	}

	@Override
	public URL findResource(String name) {
		if (!PLAIN_FILE_NAME.matcher(name).matches()) {
			return super.findResource(name);
		}
		int library = holder(name, 0);
		return library < 0 ? null : address(library, name);
	}

	@Override
	public Enumeration<URL> findResources(String name) throws IOException {
		if (!PLAIN_FILE_NAME.matcher(name).matches()) {
			return super.findResources(name);
		}
		List<URL> found = new ArrayList<>();
		for (int library = holder(name, 0); library >= 0; library = holder(name, library + 1)) {
			found.add(address(library, name));
		}
		return Collections.enumeration(found);
	}

	/** The resource's address in a library, as {@code URLClassLoader} makes it for a name it need not encode. */
	private URL address(int library, String name) {
		try {
			return new URL(sources[library].getLocation(), name);
		}
		catch (MalformedURLException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/**
	 * Reached through Spring Boot's way of loading, after the parent, for the classes of the JDK's packages and the
	 * jar's root that a library holds and the parent does not.
	 */
	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		int dot = name.lastIndexOf('.');
		Class<?> found = fromLibraries(name, dot < 0 ? "" : name.substring(0, dot));
		if (found == null) {
			throw new ClassNotFoundException(name);
		}
		return found;
	}
}
