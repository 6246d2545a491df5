package io.lectern.content.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import io.lectern.content.internal.load.DirectoryTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Watches the content folder and every folder in it, and reloads the courses whose files changed
 * once the folder has been quiet for {@link #QUIET_MILLIS}: an editor's save (often a temporary file
 * renamed over the old one), a burst of saves or a {@code git checkout} becomes one reload. Folders
 * made later are watched as they appear; a folder deleted and made again (a checkout replacing it)
 * is watched anew. Hidden files and folders ({@code .git}, editor swap files) are not content.
 */
public final class ContentWatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

	/** Long enough to gather a save's several events, short enough that the page follows at once. */
	static final long QUIET_MILLIS = 100;

	private final Path root;
	private final ContentReloads reloads;
	private final WatchService watcher;
	private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

	ContentWatcher(Path root, ContentReloads reloads) {
		this.root = root.toAbsolutePath().normalize();
		this.reloads = reloads;
		try {
			this.watcher = this.root.getFileSystem().newWatchService();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot watch the content folder " + this.root, ex);
		}
		// Watched from now on, so that a change made while the portal finishes starting is not missed.
		watchAll(this.root, new TreeSet<>());
	}

	/** Reloads start once the portal is up, so that the modules listening for them are all there. */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		Thread thread = new Thread(this::watch, "lectern-content-watch");
		thread.setDaemon(true);
		thread.start();
		log.info("Watching the content folder {} for changes", root);
	}

	@Override
	public void close() throws IOException {
		watcher.close();
	}

	private void watch() {
		Set<String> changed = new TreeSet<>();
		try {
			while (true) {
				WatchKey key = changed.isEmpty() ? watcher.take() : watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
				if (key == null) {
					reload(changed);
					changed = new TreeSet<>();
					continue;
				}
				gather(key, changed);
			}
		}
		catch (ClosedWatchServiceException | InterruptedException stopped) {
			// The portal is shutting down.
		}
	}

	private void gather(WatchKey key, Set<String> changed) {
		Path folder = folders.get(key);
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == OVERFLOW || folder == null) {
				// Events were lost: everything may have changed, and new folders may be unwatched.
				changed.add("");
				watchAll(root, changed);
				continue;
			}
			Path path = folder.resolve((Path) event.context());
			String relative = relative(path);
			if (DirectoryTree.isHidden(relative)) {
				continue;
			}
			// A folder made or removed changes what is beneath it: "course/" is in that course's folder.
			boolean made = event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
			boolean removed = event.kind() == ENTRY_DELETE && folders.containsValue(path);
			changed.add(made || removed ? relative + "/" : relative);
			if (removed) {
				forget(path);
			}
			if (made) {
				watchAll(path, changed);
			}
		}
		if (!key.reset()) {
			folders.remove(key);
		}
	}

	/**
	 * A folder moved away is still watched where it went (the watch follows the folder), and would
	 * report its changes under its old name: its watch, and those of the folders in it, end.
	 */
	private void forget(Path removed) {
		folders.entrySet().removeIf(watched -> {
			boolean gone = watched.getValue().startsWith(removed);
			if (gone) {
				watched.getKey().cancel();
			}
			return gone;
		});
	}

	private void reload(Set<String> changed) {
		try {
			reloads.reload(new DirectoryTree(root), changed);
		}
		catch (RuntimeException ex) {
			// The next change tries again; meanwhile the portal serves what it had.
			log.error("Reloading the content after changes to {} failed", changed, ex);
		}
	}

	/** Watches {@code top} and the folders in it; files already in them count as changed (they were made before the watch). */
	private void watchAll(Path top, Set<String> changed) {
		try (Stream<Path> paths = Files.walk(top)) {
			paths.filter(path -> !DirectoryTree.isHidden(relative(path))).forEach(path -> {
				if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
					watch(path);
				}
				else if (!top.equals(root)) {
					changed.add(relative(path));
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			// Gone again already (a checkout in progress): its parent's events bring it back.
			log.debug("Could not watch {}", top, ex);
		}
	}

	private void watch(Path folder) {
		try {
			folders.put(folder.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
		}
		catch (IOException ex) {
			log.debug("Could not watch {}", folder, ex);
		}
	}

	private String relative(Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}
}
