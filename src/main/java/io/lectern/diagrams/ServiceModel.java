package io.lectern.diagrams;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A family of services that split security with AWS the same way (infrastructure, container,
 * abstract), with the owner of every layer of the stack.
 *
 * @param services example services, by the names learners know them by
 * @param layers the responsibility for every layer of the model it belongs to, by layer id
 */
public record ServiceModel(String id, String name, String about, List<String> services,
		Map<String, Responsibility> layers) {

	public ServiceModel {
		services = List.copyOf(services);
		layers = Map.copyOf(layers);
	}

	public Responsibility responsibility(Layer layer) {
		return layers.get(layer.id());
	}

	/** The service's name as this model spells it, matched without regard to case. */
	public Optional<String> service(String name) {
		return services.stream().filter(service -> service.equalsIgnoreCase(name.strip())).findFirst();
	}
}
