package fr.parlonsen.cluster;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * An idempotent transaction that loses a write conflict (a Galera certification failure or an InnoDB deadlock:
 * MariaDB error 1213, SQLSTATE 40001) is run once more. Put it next to {@code @Transactional} on a method whose
 * transaction has no effect outside the database (no mail sent, no file written) or whose effects are idempotent.
 * Only the outermost transaction is retried: inside a transaction already begun, the conflict goes up.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RetryOnConflict {
}
