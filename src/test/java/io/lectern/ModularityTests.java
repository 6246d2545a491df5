package io.lectern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module map of DESIGN.md, enforced: modules use each other only through their top-level API packages. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LecternApplication.class);

	@Test
	void modulesOnlyUseEachOthersApis() {
		modules.verify();
	}
}
