package io.lectern.diagrams.internal;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.diagrams.Layer;
import io.lectern.diagrams.Owner;
import io.lectern.diagrams.Responsibility;
import io.lectern.diagrams.ResponsibilityModel;
import io.lectern.diagrams.ServiceModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a {@code *.responsibility.yml} file: the layers of the stack from the bottom up, and for
 * every service model the owner of each layer with a one-line note. Every problem is reported
 * with its line; a model with any problem is not returned, because a half-drawn model would teach
 * something false.
 */
public final class ResponsibilityReader {

	public static final String SUFFIX = ".responsibility.yml";

	private ResponsibilityReader() {
	}

	public static Optional<ResponsibilityModel> read(String file, String text, Problems problems) {
		int before = problems.count();
		Optional<YamlMap> parsed = YamlMap.parse(text, file, 1, problems);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlMap yaml = parsed.get();
		Optional<String> id = yaml.required("id");
		Optional<String> title = yaml.required("title");
		String about = yaml.string("about").orElse("");
		Map<Owner, String> owners = owners(yaml);
		YamlMap boundary = yaml.map("boundary").orElse(null);
		String of = boundary == null ? "Security of the cloud" : boundary.string("of").orElse("Security of the cloud");
		String in = boundary == null ? "Security in the cloud" : boundary.string("in").orElse("Security in the cloud");
		List<Layer> layers = layers(yaml);
		List<ServiceModel> models = models(yaml, layers);
		if (problems.count() > before || id.isEmpty() || title.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ResponsibilityModel(id.get(), title.get(), about, owners, of, in, layers, models));
	}

	/** What aws, customer and shared mean; all three are needed, for the legend explains them. */
	private static Map<Owner, String> owners(YamlMap yaml) {
		Map<Owner, String> owners = new EnumMap<>(Owner.class);
		yaml.map("owners").ifPresentOrElse(map -> {
			for (String key : map.keys()) {
				Optional<Owner> owner = Owner.fromKey(key);
				if (owner.isEmpty()) {
					yaml.problems().error(yaml.file(), map.line(key), "problem.responsibility.unknownOwner", key, ownerKeys());
				}
				owner.ifPresent(known -> map.string(key).ifPresent(text -> owners.put(known, text)));
			}
			Arrays.stream(Owner.values())
				.filter(owner -> !owners.containsKey(owner))
				.forEach(owner -> yaml.problems().error(yaml.file(), yaml.line("owners"),
						"problem.responsibility.ownerUnexplained", owner.key()));
		}, () -> yaml.problems().error(yaml.file(), 1, "problem.responsibility.noOwners", ownerKeys()));
		return owners;
	}

	private static List<Layer> layers(YamlMap yaml) {
		List<Node> items = yaml.list("layers");
		if (items.isEmpty()) {
			yaml.problems().error(yaml.file(), yaml.line("layers"), "problem.responsibility.noLayers");
		}
		Map<String, Integer> seen = new HashMap<>();
		List<Layer> layers = new ArrayList<>();
		for (Node item : items) {
			yaml.asMap(item, "layers").ifPresent(layer -> {
				Optional<String> id = layer.required("id");
				Optional<String> name = layer.required("name");
				Optional<String> about = layer.required("about");
				id.filter(known -> seen.putIfAbsent(known, yaml.lineOf(item)) != null)
					.ifPresent(duplicate -> yaml.problems().error(yaml.file(), yaml.lineOf(item),
							"problem.responsibility.duplicateLayer", duplicate));
				if (id.isPresent() && name.isPresent() && about.isPresent()) {
					layers.add(new Layer(id.get(), name.get(), about.get()));
				}
			});
		}
		return layers;
	}

	private static List<ServiceModel> models(YamlMap yaml, List<Layer> layers) {
		List<Node> items = yaml.list("models");
		if (items.isEmpty()) {
			yaml.problems().error(yaml.file(), yaml.line("models"), "problem.responsibility.noModels");
		}
		Map<String, String> modelByService = new HashMap<>();
		Map<String, Boolean> ids = new HashMap<>();
		List<ServiceModel> models = new ArrayList<>();
		for (Node item : items) {
			yaml.asMap(item, "models").ifPresent(model -> {
				Optional<String> id = model.required("id");
				Optional<String> name = model.required("name");
				id.filter(known -> ids.putIfAbsent(known.toLowerCase(Locale.ROOT), true) != null)
					.ifPresent(duplicate -> yaml.problems().error(yaml.file(), yaml.lineOf(item),
							"problem.responsibility.duplicateModel", duplicate));
				List<String> services = model.strings("services");
				if (services.isEmpty()) {
					yaml.problems().error(yaml.file(), model.line("services"), "problem.responsibility.noServices",
							id.orElse("?"));
				}
				for (String service : services) {
					String other = modelByService.putIfAbsent(service.toLowerCase(Locale.ROOT), id.orElse("?"));
					if (other != null) {
						yaml.problems().error(yaml.file(), model.line("services"), "problem.responsibility.serviceTwice",
								service, other);
					}
				}
				Map<String, Responsibility> owned = responsibilities(model, layers);
				if (id.isPresent() && name.isPresent()) {
					models.add(new ServiceModel(id.get(), name.get(), model.string("about").orElse(""), services, owned));
				}
			});
		}
		return models;
	}

	/** {@code layer-id: {owner: aws, note: ...}} for every layer, and no other. */
	private static Map<String, Responsibility> responsibilities(YamlMap model, List<Layer> layers) {
		Map<String, Responsibility> owned = new LinkedHashMap<>();
		Optional<YamlMap> map = model.map("layers");
		if (map.isEmpty()) {
			model.problems().error(model.file(), model.line("layers"), "problem.responsibility.noOwnedLayers");
			return owned;
		}
		YamlMap byLayer = map.get();
		for (String key : byLayer.keys()) {
			if (layers.stream().noneMatch(layer -> layer.id().equals(key))) {
				model.problems().error(model.file(), byLayer.line(key), "problem.responsibility.unknownLayer", key,
						layers.stream().map(Layer::id).collect(Collectors.joining(", ")));
				continue;
			}
			byLayer.map(key).ifPresent(entry -> {
				Optional<Owner> owner = entry.required("owner").flatMap(text -> {
					Optional<Owner> known = Owner.fromKey(text);
					if (known.isEmpty()) {
						model.problems().error(model.file(), entry.line("owner"), "problem.responsibility.unknownOwner", text, ownerKeys());
					}
					return known;
				});
				Optional<String> note = entry.required("note");
				if (owner.isPresent() && note.isPresent()) {
					owned.put(key, new Responsibility(owner.get(), note.get()));
				}
			});
		}
		layers.stream()
			.filter(layer -> !byLayer.has(layer.id()))
			.forEach(layer -> model.problems().error(model.file(), model.line("layers"), "problem.responsibility.layerUnowned",
					model.string("id").orElse("?"), layer.id()));
		return owned;
	}

	private static String ownerKeys() {
		return Arrays.stream(Owner.values()).map(Owner::key).collect(Collectors.joining(", "));
	}
}
