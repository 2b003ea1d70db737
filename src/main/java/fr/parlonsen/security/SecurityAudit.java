package fr.parlonsen.security;

import fr.parlonsen.web.ClientAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

/**
 * The security audit trail (table security_audit): who (actor), when, what (action), on what (target), from where
 * (address), with what outcome. Each event is written in its own transaction, so that a refused request still
 * leaves its trace. Read by the admin ({@code GET /api/v1/audit?type=security}, /gestion/journal); purged after
 * {@code parlonsen.audit.retention-months} (6 to 12, the CNIL's recommendation for access logs).
 */
@ApplicationScoped
public class SecurityAudit {
    private static final Logger LOG = Logger.getLogger(SecurityAudit.class);

    public static final String SIGN_IN = "sign-in";
    public static final String SIGN_IN_FAILED = "sign-in-failed";
    public static final String SIGN_OUT = "sign-out";
    public static final String FORBIDDEN = "forbidden";
    public static final String USER_CREATED = "user-created";
    public static final String USER_UPDATED = "user-updated";
    public static final String USER_DISABLED = "user-disabled";
    public static final String PASSWORD_RESET = "password-reset";
    public static final String SYNTHESIS_EXPORTED = "synthesis-exported";

    @Inject
    EntityManager em;
    @Inject
    jakarta.enterprise.inject.Instance<io.quarkus.vertx.http.runtime.CurrentVertxRequest> currentRequest;

    /** The event of the current HTTP request: its client address is taken from the request. */
    public void record(String actor, String action, String target, String outcome) {
        record(actor, action, target, currentAddress(), outcome);
    }

    String currentAddress() {
        try {
            io.vertx.ext.web.RoutingContext ctx = currentRequest.get().getCurrent();
            return ctx == null ? null : ClientAddress.of(ctx);
        } catch (RuntimeException e) {
            return null; // no request (a job, start-up)
        }
    }

    public record Event(Instant at, String actor, String action, String target, String address, String outcome) {
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void record(String actor, String action, String target, String address, String outcome) {
        try {
            em.createNativeQuery("INSERT INTO security_audit (at, actor, action, target, address, outcome) "
                    + "VALUES (?6, ?1, ?2, ?3, ?4, ?5)").setParameter(6, DbTime.utc(Instant.now())).setParameter(1, cut(actor, 64)).setParameter(2, action)
                    .setParameter(3, cut(target, 300)).setParameter(4, cut(address, 64))
                    .setParameter(5, cut(outcome, 20)).executeUpdate();
        } catch (RuntimeException e) {
            // never let the trail break the request it describes; the log says it failed, without personal data
            LOG.warnf("Journal de sécurité : événement %s non enregistré (%s).", action, e.getClass().getSimpleName());
        }
    }

    /** Newest first, since the given instant (null: the last 30 days), at most {@code limit} events. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Event> since(Instant since, String action, int limit) {
        Instant from = since == null ? Instant.now().minus(java.time.Duration.ofDays(30)) : since;
        String sql = "SELECT at, actor, action, target, address, outcome FROM security_audit WHERE at >= ?1"
                + (action == null ? "" : " AND action = ?2") + " ORDER BY at DESC, id DESC";
        var q = em.createNativeQuery(sql).setParameter(1, DbTime.utc(from)).setMaxResults(limit);
        if (action != null) {
            q.setParameter(2, action);
        }
        List<Event> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            out.add(new Event(DbTime.instant(r[0]), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5]));
        }
        return out;
    }

    /** Deletes the events older than {@code months}; returns how many. */
    @Transactional(TxType.REQUIRES_NEW)
    public int purgeOlderThan(int months) {
        Instant limit = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).minusMonths(months).toInstant();
        return em.createNativeQuery("DELETE FROM security_audit WHERE at < ?1").setParameter(1, DbTime.utc(limit))
                .executeUpdate();
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }
}
