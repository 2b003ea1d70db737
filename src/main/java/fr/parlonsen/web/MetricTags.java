package fr.parlonsen.web;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Metric tags say what happened (status, outcome, route), never which Java class failed: an {@code exception}
 * tag, or any tag whose value names an exception class, becomes {@code error}.
 */
public class MetricTags {
    @Produces
    @Singleton
    MeterFilter noExceptionNames() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                boolean named = id.getTags().stream().anyMatch(MetricTags::namesException);
                if (!named) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream()
                        .map(t -> namesException(t) ? Tag.of(t.getKey(), "error") : t).toList());
            }
        };
    }

    static boolean namesException(Tag t) {
        String v = t.getValue();
        return "exception".equals(t.getKey()) && !"none".equalsIgnoreCase(v)
                || v.endsWith("Exception") || v.endsWith("Error") && v.contains(".");
    }
}
