package fr.parlonsen.security;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in the security tables are written and read as UTC wall-clock values (LocalDateTime), never through the
 * server's or the JVM's time zone, and never from a column default.
 */
final class DbTime {
    private DbTime() {
    }

    static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime d) {
            return d.toInstant();
        }
        throw new IllegalArgumentException("date inattendue : " + o.getClass());
    }
}
