package fr.parlonsen.cluster;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Secrets that every replica must share but that nobody configured (e.g. the HMAC key of the public question
 * forms): generated once, by the first replica that needs it, kept in {@code cluster_secret}.
 */
@ApplicationScoped
public class ClusterSecrets {
    @Inject
    DataSource dataSource;

    /** The 32-byte secret called {@code name}, created at random the first time. */
    public byte[] get(String name) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return QuarkusTransaction.suspendingExisting().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ins = c.prepareStatement(
                        "INSERT IGNORE INTO cluster_secret (name, secret, created_at) VALUES (?, ?, UTC_TIMESTAMP(3))")) {
                    ins.setString(1, name);
                    ins.setBytes(2, fresh);
                    ins.executeUpdate();
                }
                try (PreparedStatement sel = c.prepareStatement("SELECT secret FROM cluster_secret WHERE name = ?")) {
                    sel.setString(1, name);
                    try (ResultSet rs = sel.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("cluster_secret " + name + " absent");
                        }
                        return rs.getBytes(1);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Secret partagé " + name + " illisible : " + e.getMessage(), e);
            }
        });
    }
}
