package fr.parlonsen.cluster;

import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

import org.jboss.logging.Logger;

/** Runs before (around) the transaction interceptor, so a retry begins a new transaction. */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflictInterceptor {
    private static final Logger LOG = Logger.getLogger(RetryOnConflictInterceptor.class);

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retryOnce(InvocationContext ctx) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return ctx.proceed();
        }
        try {
            return ctx.proceed();
        } catch (Exception e) {
            if (!isConflict(e)) {
                throw e;
            }
            LOG.infof("Conflit d'écriture (certification Galera ou interblocage) dans %s : nouvel essai",
                    ctx.getMethod().getName());
            return ctx.proceed();
        }
    }

    /** Error 1213 (deadlock, Galera certification failure) or SQLSTATE 40001 anywhere in the cause chain. */
    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == 1213 || "40001".equals(s.getSQLState()))) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Deadlock found when trying to get lock")) {
                return true;
            }
        }
        return false;
    }
}
