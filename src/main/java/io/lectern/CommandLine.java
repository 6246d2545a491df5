package io.lectern;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the jar was asked to do, read from its arguments before anything starts: serve the portal
 * (the usual case, every argument left to Spring Boot), check a content folder, or print how to use
 * it. Checking takes its folder as {@code --validate=<folder>} or {@code --validate <folder>}, as
 * people type it; without one, the folder the portal would serve.
 */
sealed interface CommandLine {

	String VALIDATE = "--validate";
	String STRICT = "--strict";
	String CONTENT_DIR = "--lectern.content.dir=";

	/** Start the portal. */
	record Serve() implements CommandLine {
	}

	/** Check {@code folder} as the portal would load it, and answer with an exit code. */
	record Validate(Path folder, boolean strict) implements CommandLine {
	}

	/** Print {@link #USAGE}. */
	record Help() implements CommandLine {
	}

	String USAGE = """
			Lectern, a learning portal for courses written in Markdown, MyST and notebooks.

			  java -jar lectern.jar                            serve the portal on http://localhost:8080
			  java -jar lectern.jar --validate <folder>        check a content folder: every problem with its file and line;
			                                                   exit 1 on errors
			  java -jar lectern.jar --validate <folder> --strict   exit 1 on warnings too
			  java -jar lectern.jar --help                     this text

			Settings are Spring Boot properties or environment variables, such as --lectern.content.dir=<folder>
			(LECTERN_CONTENT_DIR) and --server.port=8081; docs/operating.md lists them all.
			""";

	static CommandLine of(List<String> args, Optional<String> contentDirFromEnvironment) {
		if (args.contains("--help") || args.contains("-h")) {
			return new Help();
		}
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith(VALIDATE + "=")) {
				return new Validate(Path.of(arg.substring(VALIDATE.length() + 1)), args.contains(STRICT));
			}
			if (arg.equals(VALIDATE)) {
				Optional<String> named = i + 1 < args.size() && !args.get(i + 1).startsWith("-")
						? Optional.of(args.get(i + 1))
						: Optional.empty();
				return new Validate(Path.of(named.or(() -> servedFolder(args, contentDirFromEnvironment)).orElse(".")),
						args.contains(STRICT));
			}
		}
		return new Serve();
	}

	/** The folder the portal would serve: {@code --lectern.content.dir=}, else {@code LECTERN_CONTENT_DIR}. */
	private static Optional<String> servedFolder(List<String> args, Optional<String> fromEnvironment) {
		return args.stream()
			.filter(arg -> arg.startsWith(CONTENT_DIR))
			.map(arg -> arg.substring(CONTENT_DIR.length()))
			.findFirst()
			.or(() -> fromEnvironment.filter(dir -> !dir.isBlank()));
	}
}
