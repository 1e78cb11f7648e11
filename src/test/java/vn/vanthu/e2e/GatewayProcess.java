package vn.vanthu.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.web.client.RestClient;

/**
 * The packaged gateway ({@code target/vanthu.jar}) run as a separate process with the {@code postgres} profile
 * against the real servers, within {@code -Xmx512m}, as an operator would run it.
 */
public final class GatewayProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "QuanTri2026E2E";

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    /** Where this process's output starts in the log (earlier runs' output comes before it). */
    private final long logStart;

    private GatewayProcess(String name, int port, Process process, Path log, long logStart) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    /** Starts a node; extra arguments override the defaults ({@code --key=value}). */
    public static GatewayProcess start(String name, Path dataDir, String databaseUrl, int port, String... extra)
            throws IOException {
        Path log = Path.of("target", "e2e", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        // Extra JVM options for the node only, e.g. a flight recording of a benchmark run.
        String jvmOptions = System.getenv().getOrDefault("VANTHU_GATEWAY_JVM_OPTIONS", "");
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-jar",
                "target/vanthu.jar",
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--vanthu.data-dir=" + dataDir,
                "--spring.datasource.url=" + databaseUrl,
                "--vanthu.mail.embedded=false",
                "--vanthu.mail.gateway-address=" + RealServers.GATEWAY,
                "--vanthu.mail.gateway-name=Văn thư Phòng GD&ĐT E2E",
                "--vanthu.mail.smtp.host=" + RealServers.SMTP_HOST,
                "--vanthu.mail.smtp.port=" + RealServers.SMTP_PORT,
                "--vanthu.mail.outbox.poll-interval=300ms",
                "--vanthu.mail.leader-check-interval=2s",
                "--vanthu.mail.mailboxes[0].id=gateway",
                "--vanthu.mail.mailboxes[0].protocol=imap",
                "--vanthu.mail.mailboxes[0].host=127.0.0.1",
                "--vanthu.mail.mailboxes[0].port=" + RealServers.IMAP_PORT,
                "--vanthu.mail.mailboxes[0].username=" + RealServers.GATEWAY,
                "--vanthu.mail.mailboxes[0].password=" + RealServers.PASSWORD,
                "--vanthu.mail.mailboxes[0].poll-interval=500ms",
                "--vanthu.intake.trusted-senders=@so.e2e.test",
                "--vanthu.distribution.base-url=http://127.0.0.1:" + port,
                "--vanthu.directory.root-name=Phòng Giáo dục và Đào tạo E2E",
                "--vanthu.directory.root-code=PGDE2E",
                "--vanthu.directory.root-email=" + RealServers.GATEWAY));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("VANTHU_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("VANTHU_DB_USER", RealServers.dbUser());
        env.put("VANTHU_DB_PASSWORD", RealServers.dbPassword());
        return new GatewayProcess(name, port, builder.start(), log, logStart);
    }

    /** Waits until {@code /actuator/health} answers UP; returns how long start-up took. */
    public Duration awaitHealthy(Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        HttpClient http = HttpClient.newHttpClient();
        try {
            await().atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited; see " + log);
                        }
                        try {
                            HttpResponse<String> health = http.send(
                                    HttpRequest.newBuilder(java.net.URI.create(base() + "/actuator/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            return health.body().contains("\"UP\"");
                        } catch (IOException e) {
                            return false; // Not listening yet.
                        }
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " did not become healthy; see " + log);
        }
        return Duration.between(start, Instant.now());
    }

    public RestClient api() {
        return RestClient.builder()
                .baseUrl(base())
                .defaultHeaders(h -> h.setBasicAuth("admin", ADMIN_PASSWORD))
                .build();
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** The peak resident memory of the process so far, in kilobytes (VmHWM). */
    /** The node's operating-system process (its CPU time, for the benchmark). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public long peakRssKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return -1;
    }

    /** Whether the log says this node polls the mailboxes now. */
    boolean pollsMail() throws IOException {
        String text = ownLog();
        int started = text.lastIndexOf("lấy thư từ các hộp thư");
        int stopped = text.lastIndexOf("ngừng lấy thư");
        return started >= 0 && started > stopped;
    }

    /** What this process has written to its log so far. */
    private String ownLog() throws IOException {
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(logStart, all.length);
        return new String(all, from, all.length - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Kills the process at once (SIGKILL), as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
