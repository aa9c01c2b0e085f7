package org.childsafe.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance of the suite's runnable jar ({@code childsafe-micro.jar}, exactly what operators run) in its own
 * JVM on loopback, for tests that need several instances or must kill one. Its log goes to
 * {@code <work dir>/server.log}; {@link #kill()} is {@code kill -9}. Used by the cluster and durability tests
 * and by the load and fault script ({@code org.childsafe.deploy.load.LoadAndFault}).
 */
public final class PayaraInstance implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path workDir;
    private final Process process;

    private PayaraInstance(String name, int port, Path workDir, Process process) {
        this.name = name;
        this.port = port;
        this.workDir = workDir;
        this.process = process;
    }

    /**
     * Starts an instance; returns at once (see {@link #awaitReady(Duration)}).
     *
     * @param systemProperties MicroProfile Config settings, passed as {@code -D} options
     * @param payaraOptions    Payara Micro options after the jar, e.g. the cluster mode
     */
    public static PayaraInstance start(String name, int port, Map<String, String> systemProperties, List<String> payaraOptions)
            throws IOException {
        Path jar = Path.of(System.getProperty("it.micro.jar", "target/childsafe-micro.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the runnable jar first (mvn package): " + jar);
        }
        Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "instance-" + name + "-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(workDir.resolve("tmp"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Djava.io.tmpdir=" + workDir.resolve("tmp"));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--disablephonehome", "--port", String.valueOf(port),
                "--name", name));
        command.addAll(payaraOptions);
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("server.log").toFile())
                .start();
        return new PayaraInstance(name, port, workDir, process);
    }

    /** The instance's name (its Payara Micro {@code --name}). */
    public String name() {
        return name;
    }

    /** Whether the JVM is still running. */
    public boolean alive() {
        return process.isAlive();
    }

    /** Waits until {@code /health/ready} answers 200 (database reachable, migrations done). */
    public PayaraInstance awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log: " + log());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(baseUrl().resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; log: " + log());
    }

    /** Whether the instance is alive and {@code /health/ready} answers 200 now. */
    boolean isReady() {
        if (!process.isAlive()) {
            return false;
        }
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(baseUrl().resolve("/health/ready")).timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return name + " (" + baseUrl() + ")";
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    /** The instance's log so far. */
    public String log() {
        try {
            return Files.readString(workDir.resolve("server.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the JVM at once, as a crash or {@code kill -9} would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            kill();
        }
    }
}
