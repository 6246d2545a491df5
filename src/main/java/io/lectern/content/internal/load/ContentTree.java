package io.lectern.content.internal.load;

import java.io.IOException;
import java.util.List;

/**
 * The files of a content folder, wherever it lives: a directory on disk or the course bundled in
 * the application's jar. Paths are relative to the folder and separated by {@code /}.
 */
public interface ContentTree {

	/** The folder's own name, which titles a course kept directly in it. */
	String name();

	/** Every file path, sorted. */
	List<String> paths();

	byte[] read(String path) throws IOException;
}
