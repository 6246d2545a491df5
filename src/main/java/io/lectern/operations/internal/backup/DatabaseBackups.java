package io.lectern.operations.internal.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Online backups of the H2 database: H2's {@code BACKUP TO} writes a consistent copy of the
 * database file into a zip while the portal runs, into the backup folder
 * ({@code LECTERN_BACKUP_DIR}). PostgreSQL is backed up with its own tools (pg_dump) instead.
 */
@Service
public class DatabaseBackups {

	/** The names this service gives its files, and the only names it will hand out. */
	private static final Pattern NAME = Pattern.compile("lectern-\\d{8}-\\d{6}(-\\d+)?\\.zip");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

	/** A backup file, as the admin page lists it. */
	public record Backup(String name, long bytes, Instant madeAt) {

		/** Kilobytes below a megabyte (a new portal's backup is a few dozen), megabytes above. */
		public boolean inKilobytes() {
			return bytes < 1024 * 1024;
		}

		/** The size in its unit as a person reads it: whole kilobytes (at least 1), or megabytes to one decimal. */
		public double sizeInUnit() {
			return inKilobytes() ? Math.max(1, Math.round(bytes / 1024.0)) : Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0;
		}

		/** The size in English, as the admin page shows it in English ("35 KB", "327.2 MB"). */
		public String size() {
			return inKilobytes() ? (long) sizeInUnit() + " KB" : String.format(Locale.ROOT, "%.1f MB", sizeInUnit());
		}
	}

	private final DataSource dataSource;
	private final Path folder;
	private final Clock clock;
	private final boolean h2;

	DatabaseBackups(DataSource dataSource, @Value("${lectern.backup.dir}") Path folder, Clock clock) {
		this.dataSource = dataSource;
		this.folder = folder.toAbsolutePath().normalize();
		this.clock = clock;
		this.h2 = productName().equals("H2");
	}

	/** Whether this database is backed up here: H2 only. */
	public boolean supported() {
		return h2;
	}

	public Path folder() {
		return folder;
	}

	/** Writes a new backup and returns it; one backup at a time, since each reads the whole database. */
	public synchronized Backup create() {
		if (!h2) {
			throw new IllegalStateException("Only an H2 database is backed up by the portal; use pg_dump for PostgreSQL");
		}
		try {
			Files.createDirectories(folder);
			String name = freeName();
			Path file = folder.resolve(name);
			// The file name is made here, never taken from a request, so it is safe inside the statement.
			new JdbcTemplate(dataSource).execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
			return describe(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every backup in the folder, newest first. */
	public List<Backup> all() {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> NAME.matcher(file.getFileName().toString()).matches())
				.map(this::describe)
				.sorted(Comparator.comparing(Backup::madeAt).reversed().thenComparing(Backup::name, Comparator.reverseOrder()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file of a backup by its name; nothing for any other name, so no path can be asked for. */
	public Optional<Path> file(String name) {
		if (!NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = folder.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	private String freeName() {
		String stamp = STAMP.format(clock.instant());
		String name = "lectern-" + stamp + ".zip";
		for (int n = 2; Files.exists(folder.resolve(name)); n++) {
			name = "lectern-" + stamp + "-" + n + ".zip";
		}
		return name;
	}

	private Backup describe(Path file) {
		try {
			return new Backup(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String productName() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database", ex);
		}
	}
}
