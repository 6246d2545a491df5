package io.lectern.launch;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collection;
import org.springframework.boot.loader.launch.JarLauncher;

/**
 * The jar's {@code Main-Class}: Spring Boot's own launcher, with a class loader that reads the application's classes
 * straight from the jar's libraries ({@link DirectClassLoader}) instead of through a URL for every library tried.
 * Everything else (the class path and its order, resources, packages, the jar modes) is Spring Boot's. Started from an
 * exploded jar, it is Spring Boot's launcher unchanged.
 *
 * <p>Compiled by the build against the Spring Boot loader in the packaged jar and written at the jar's root beside it
 * ({@code src/build/java/JarOrder.java}); it is not part of the application's classes.
 */
public class LecternJarLauncher extends JarLauncher {

	public LecternJarLauncher() throws Exception {
	}

	public static void main(String[] args) throws Exception {
		new LecternJarLauncher().launch(args);
	}

	@Override
	protected ClassLoader createClassLoader(Collection<URL> urls) throws Exception {
		ClassLoader springBoots = super.createClassLoader(urls);
		if (isExploded() || !(springBoots instanceof URLClassLoader launched)) {
			return springBoots;
		}
		// Spring Boot's loader worked out the class path (the index's order); the direct one takes it as it is.
		return DirectClassLoader.over(getArchive(), launched.getURLs(), getClass().getClassLoader()).orElse(springBoots);
	}
}
