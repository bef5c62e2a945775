package dimple.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged web/target/dimple.jar started the way the README says, on a free loopback port and a
 * data directory of the test's choosing. Stopped by its process id (gracefully, or with SIGKILL).
 */
public final class RunningJar implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startup;
    private final List<Seen> seenWhileStarting;

    private RunningJar(Process process, int port, Path log, Duration startup, List<Seen> seenWhileStarting) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startup = startup;
        this.seenWhileStarting = seenWhileStarting;
    }

    /** What is asked while the jar starts, in turn: the probes a load balancer or orchestrator polls, and a person's page. */
    static final List<String> ASKED_WHILE_STARTING = List.of("health/ready", "health/started", "login.xhtml");

    /**
     * One answer to a request of {@link #ASKED_WHILE_STARTING} while the jar started, as a load balancer polling it saw it:
     * status 0 for a connection refused or timed out; the body as sent.
     */
    public record Seen(Duration sinceLaunch, String path, int status, String body) {
        @Override
        public String toString() {
            return sinceLaunch.toMillis() + " ms /" + path + ": "
                    + (status == 0 ? "no answer" : status + " " + body.substring(0, Math.min(120, body.length())));
        }
    }

    public static RunningJar start(Path dataDir, Map<String, String> environment) {
        return start(dataDir, environment, List.of());
    }

    /** Started with these Payara Micro options after the port (e.g. the cluster options, docs/adr/0026). */
    public static RunningJar start(Path dataDir, Map<String, String> environment, List<String> options) {
        try {
            Files.createDirectories(dataDir);
            int port = freePort();
            Path log = dataDir.resolve("server-" + port + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            // The build's test JVM options (C1 only, ADR 12): a test's jar runs for a minute, not for days.
            command.addAll(Arrays.stream(System.getProperty("dimple.test.jvm", "").split(" ")).filter(o -> !o.isBlank()).toList());
            command.addAll(List.of("-Xmx512m", "-jar", System.getProperty("dimple.jar", "target/dimple.jar"), "--port", String.valueOf(port)));
            command.addAll(options);
            ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().remove("DIMPLE_DEMO");
            builder.environment().remove("DIMPLE_ADMIN_PASSWORD");
            // The shared container's mail, webhook and sign-in settings are not the README's: a jar starts without them.
            builder.environment().keySet().removeIf(name -> name.startsWith("DIMPLE_SMTP_") || name.startsWith("DIMPLE_MAIL_")
                    || name.startsWith("DIMPLE_WEBHOOK_") || name.startsWith("DIMPLE_OIDC_"));
            builder.environment().put("DIMPLE_DATA_DIR", dataDir.resolve("data").toAbsolutePath().toString());
            builder.environment().putAll(environment);
            Instant began = Instant.now();
            Process process = builder.start();
            RunningJar jar = new RunningJar(process, port, log, null, List.of());
            // A loaded machine starts it slowly (as the container tests allow 600 s: web/pom.xml).
            List<Seen> seen = jar.awaitReady(began, Duration.ofSeconds(600));
            return new RunningJar(process, port, log, Duration.between(began, Instant.now()), List.copyOf(seen));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nothing listens on at the moment, on loopback. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Polls /health/ready, /health/started and the sign-in page in turn until /health/ready answers 200; returns each
     * answer of a path that differed from that path's answer before.
     */
    private List<Seen> awaitReady(Instant began, Duration limit) {
        // HTTP/1.1, as every test client here: Java's default offers an HTTP/2 upgrade (h2c), and Grizzly's HTTP/2
        // code once deadlocked a starting instance for good on it (ADR 35, ADR 38).
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(limit);
        List<Seen> seen = new ArrayList<>();
        Map<String, Seen> last = new HashMap<>();
        for (int round = 0; Instant.now().isBefore(until); round++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dimple.jar stopped while starting; its log:\n" + log());
            }
            String path = ASKED_WHILE_STARTING.get(round % ASKED_WHILE_STARTING.size());
            Seen answer = ask(client, path, began);
            Seen before = last.put(path, answer);
            if (before == null || before.status() != answer.status() || !before.body().equals(answer.body())) {
                seen.add(answer);
            }
            if (path.equals("health/ready") && answer.status() == 200) {
                return seen;
            }
            sleep(100);
        }
        String threads = threads();
        stopNow();
        throw new IllegalStateException("dimple.jar was not ready within " + limit + "; it answered " + seen
                + "; its threads:\n" + threads + "\nits log:\n" + log());
    }

    private Seen ask(HttpClient client, String path, Instant began) {
        int status = 0;
        String body = "";
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            status = answer.statusCode();
            body = answer.body();
        } catch (IOException e) {
            // not listening yet, or too busy starting to answer within the timeout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Seen(Duration.between(began, Instant.now()), path, status, body);
    }

    /** The server's threads as jcmd prints them, to see what a start that never became ready waits for. */
    private String threads() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(process.pid()),
                    "Thread.print").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump: interrupted)";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Duration startup() {
        return startup;
    }

    /** What the paths of {@link #ASKED_WHILE_STARTING} answered from the launch until /health/ready said 200, each change once. */
    public List<Seen> seenWhileStarting() {
        return seenWhileStarting;
    }

    /** Resident memory of the server process in KiB, from /proc (Linux). */
    public long residentKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL, as a power cut or the OOM killer would: no shutdown hooks, nothing flushed. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM and wait, then SIGKILL if it hangs. */
    public void stopNow() {
        process.destroy();
        if (!waitFor()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    private boolean waitFor() {
        try {
            return process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stopNow();
        }
    }
}
