package io.lectern.launch;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
 * (the library's address, no signers) that {@code URLClassLoader} would give it. Loading still asks the parent first,
 * and Spring Boot's {@code loadClass} still defines each package from its library's manifest; resources are found as
 * Spring Boot finds them.
 */
public class DirectClassLoader extends LaunchedClassLoader {

	static {
		ClassLoader.registerAsParallelCapable();
	}

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
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		String path = name.replace('.', '/').concat(".class");
		for (int i = 0; i < jars.length; i++) {
			JarEntry entry = jars[i].getJarEntry(path);
			if (entry != null) {
				byte[] bytes;
				try (InputStream in = jars[i].getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				catch (IOException unreadable) {
					throw new ClassNotFoundException(name, unreadable);
				}
				return defineClass(name, bytes, 0, bytes.length, sources[i]);
			}
		}
		throw new ClassNotFoundException(name);
	}
}
