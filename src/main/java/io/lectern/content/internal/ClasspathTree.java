package io.lectern.content.internal;

import io.lectern.content.internal.load.ContentTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** The course bundled in the application under {@code classpath:content/}, read alike from a jar or a folder. */
final class ClasspathTree implements ContentTree {

	private static final String ROOT = "content";

	private final Map<String, Resource> files = new TreeMap<>();

	ClasspathTree(ResourcePatternResolver resolver) {
		try {
			String rootUrl = resolver.getResource("classpath:" + ROOT + "/").getURL().toString();
			for (Resource resource : resolver.getResources("classpath:" + ROOT + "/**")) {
				String url = resource.getURL().toString();
				if (url.startsWith(rootUrl) && !url.endsWith("/") && resource.isReadable()) {
					files.put(URLDecoder.decode(url.substring(rootUrl.length()), StandardCharsets.UTF_8), resource);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the bundled course", ex);
		}
	}

	@Override
	public String name() {
		return ROOT;
	}

	@Override
	public List<String> paths() {
		return List.copyOf(files.keySet());
	}

	@Override
	public byte[] read(String path) throws IOException {
		return files.get(path).getContentAsByteArray();
	}
}
