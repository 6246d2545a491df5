package io.lectern.diagrams;

import java.util.Optional;

/**
 * What a responsibility diagram shows: every service model side by side, or one alone, with or
 * without one service picked out. Built by {@link ResponsibilityModel#view}, which checks the
 * names, so a view always refers to a model and a service that exist.
 *
 * @param model the one model drawn, or empty for all of them side by side
 * @param service the highlighted service, spelled as the model lists it
 */
public record ResponsibilityView(Optional<ServiceModel> model, Optional<String> service) {

	public boolean comparesAll() {
		return model.isEmpty();
	}

	/** A short stable name, for element ids and cache keys: "all", "container", "all-emr"... */
	public String key() {
		String base = model.map(ServiceModel::id).orElse("all");
		return service.map(name -> base + "-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
			.orElse(base);
	}
}
