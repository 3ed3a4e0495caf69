package vn.keng.registry;

import java.time.Duration;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Duration} as whole seconds, the same on PostgreSQL and H2. */
@Converter
class DurationSecondsConverter implements AttributeConverter<Duration, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Duration duration) {
        return duration == null ? null : Math.toIntExact(duration.toSeconds());
    }

    @Override
    public Duration convertToEntityAttribute(Integer seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }
}
