package io.lectern.accounts.internal;

import io.lectern.accounts.LearnerId;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;

/**
 * Stores a {@link LearnerId} as its bare text, so that every entity can hold the typed id while
 * its column, and every row written before the type existed, stays as it was.
 *
 * <p>A Hibernate type rather than a JPA {@code AttributeConverter} (as {@code QuizIdColumn} is):
 * most progress tables are keyed by learner, and Hibernate refuses a converter on an id attribute.
 * Hibernate finds it through {@code META-INF/services}, for every entity and every query
 * parameter, so no entity has to name it.
 */
public class LearnerIdColumn extends AbstractClassJavaType<LearnerId> implements TypeContributor {

	public LearnerIdColumn() {
		super(LearnerId.class);
	}

	@Override
	public void contribute(TypeContributions contributions, ServiceRegistry services) {
		contributions.contributeJavaType(this);
	}

	@Override
	public JdbcType getRecommendedJdbcType(JdbcTypeIndicators indicators) {
		return indicators.getJdbcType(SqlTypes.VARCHAR);
	}

	@Override
	public String toString(LearnerId id) {
		return id.value();
	}

	@Override
	public LearnerId fromString(CharSequence text) {
		return LearnerId.of(text.toString());
	}

	@Override
	@SuppressWarnings("unchecked")
	public <X> X unwrap(LearnerId id, Class<X> type, WrapperOptions options) {
		if (id == null) {
			return null;
		}
		if (type.isAssignableFrom(String.class)) {
			return (X) id.value();
		}
		if (type.isAssignableFrom(LearnerId.class)) {
			return (X) id;
		}
		throw unknownUnwrap(type);
	}

	@Override
	public <X> LearnerId wrap(X value, WrapperOptions options) {
		if (value == null) {
			return null;
		}
		if (value instanceof LearnerId id) {
			return id;
		}
		if (value instanceof String text) {
			return LearnerId.of(text);
		}
		throw unknownWrap(value.getClass());
	}
}
