package io.lectern.operations.internal.content;

import io.lectern.content.ContentSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} says where this instance's courses come from and which commit it serves. */
@Component
class ContentInfo implements InfoContributor {

	private final ContentSource source;

	ContentInfo(ContentSource source) {
		this.source = source;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("source", source.description());
		source.commit().ifPresent(commit -> {
			content.put("commit", commit.id());
			content.put("commitTime", commit.time().toString());
		});
		builder.withDetail("content", content);
	}
}
