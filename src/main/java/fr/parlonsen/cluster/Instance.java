package fr.parlonsen.cluster;

import java.net.InetAddress;

/** This process among the replicas: host name and process id, for logs and the tables that say who did what. */
public final class Instance {
    private static final String ID = compute();

    private Instance() {
    }

    public static String id() {
        return ID;
    }

    private static String compute() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                host = "localhost";
            }
        }
        String id = host + "/" + ProcessHandle.current().pid();
        return id.length() > 120 ? id.substring(0, 120) : id;
    }
}
