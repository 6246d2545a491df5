package io.lectern.content.internal;

import io.lectern.content.ContentReload;
import io.lectern.content.ContentReload.Outcome;
import io.lectern.content.ContentSource;
import io.lectern.content.ContentCommit;
import io.lectern.content.internal.load.DirectoryTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Courses from an author's folder, or the course bundled with Lectern. A folder is read again whole
 * on request: for a portal whose folder is not watched (the {@code postgres} profile), after a
 * deployment step changed it.
 */
final class LocalContent implements ContentSource {

	private final ContentProperties properties;
	private final ObjectProvider<ContentReloads> reloads;

	LocalContent(ContentProperties properties, ObjectProvider<ContentReloads> reloads) {
		this.properties = properties;
		this.reloads = reloads;
	}

	@Override
	public Origin origin() {
		return properties.bundled() ? new Origin(Origin.Kind.BUNDLED, "", "", "")
				: new Origin(Origin.Kind.FOLDER, Path.of(properties.dir()).toAbsolutePath().toString(), "", "");
	}

	@Override
	public Optional<ContentCommit> commit() {
		return Optional.empty();
	}

	@Override
	public ContentReload reload() {
		if (properties.bundled()) {
			return new ContentReload(Outcome.NOT_RELOADABLE, Optional.empty(), List.of(),
					"The course bundled with Lectern does not change while the portal runs.");
		}
		// "" stands for every file: the folder is read again whole.
		ContentReloads.Result result = reloads.getObject().reload(new DirectoryTree(Path.of(properties.dir())), Set.of(""));
		return result.refused()
				? new ContentReload(Outcome.REFUSED, Optional.empty(), List.of(),
						"The folder has no lesson left: the courses loaded before are still served.")
				: new ContentReload(Outcome.RELOADED, Optional.empty(), result.courses(), "The folder was read again.");
	}
}
