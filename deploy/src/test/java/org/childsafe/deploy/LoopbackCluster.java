package org.childsafe.deploy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings that make several {@link PayaraInstance}s on loopback one tool, as the Kubernetes deployment does on
 * several nodes: production mode, the same public base URL, the same key-encryption key, report master key and
 * database, and Payara Micro's data grid over TCP/IP on 127.0.0.1 (no multicast, nothing leaves the machine).
 *
 * @param toolPort    the port of the first instance, which is also the tool's public base URL
 * @param gridPort    the data grid port of the first instance; instance {@code i} uses {@code gridPort + i}
 * @param jdbcUrl     the shared PostgreSQL database
 * @param clusterName the data grid's name, different per test so that two runs never join each other
 */
public record LoopbackCluster(int toolPort, int gridPort, String jdbcUrl, String clusterName) {

    /** MicroProfile Config settings for every instance (fresh random keys per cluster). */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("tool.mode", "production");
        settings.put("tool.base-url", "http://localhost:" + toolPort);
        settings.put("tool.keys.encryption-key", randomKey());
        settings.put("report.master-key", randomKey());
        settings.put("tool.admin.password", SuiteDeployment.adminPassword());
        settings.put("db.url", jdbcUrl);
        settings.put("db.user", "postgres");
        settings.put("db.password", "unused-trust-auth");
        settings.put("db.datasource-class", "org.postgresql.ds.PGSimpleDataSource");
        return settings;
    }

    /**
     * Payara Micro options for the instances of a cluster of {@code size}: each member's data grid port is
     * {@code gridPort + index}, and every member is listed, so any member can (re)join the others.
     */
    public List<String> options(int size) {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < size; i++) {
            members.append(i == 0 ? "" : ",").append("127.0.0.1:").append(gridPort + i);
        }
        return List.of("--clustermode", "tcpip:" + members, "--startport", String.valueOf(gridPort),
                "--interfaces", "127.0.0.1", "--nohostaware", "--clustername", clusterName);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
