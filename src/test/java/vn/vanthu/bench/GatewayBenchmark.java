package vn.vanthu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vanthu.e2e.GatewayProcess;
import vn.vanthu.e2e.RealServers;
import vn.vanthu.support.TestInstallation;

/**
 * The benchmark of issue 8, on one machine, against the real servers (Dovecot, Postfix, PostgreSQL) with the packaged
 * jar in {@code -Xmx512m}: intake letters per second and latency from SMTP accept to registered, against a minimal
 * program doing IMAP fetch + PDFBox text + one INSERT per letter; distribution e-mails per second for a circular to
 * a thousand units, against a plain Jakarta Mail loop over one connection sending the same messages; CPU per letter
 * and per e-mail; the gateway's peak RSS and start-up time. Both sides are warmed up first and timed over the same
 * window (ADR 14). Run with {@code bench/gateway.sh [letters] [units]}.
 */
public final class GatewayBenchmark {

    private static final int MIN_WARM_UP_ROUNDS = 3;
    private static final int MAX_WARM_UP_ROUNDS = 40;
    private static final int WARM_UP_LETTERS = 100;
    /** Warm-up ends when the just-in-time compiler takes less than this share of the gateway's CPU in a round. */
    private static final double SETTLED_COMPILER_SHARE = 0.05;

    public static void main(String[] args) throws Exception {
        BenchMessages.likeTheGateway();
        int letters = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        // The sender's mailbox takes the acknowledgements, as the Sở's would; without it each would bounce back
        // into the gateway's mailbox, and the benchmark would measure bounce handling beside the intake.
        RealServers.start(RawIntake.MAILBOX, IntakeLoad.SENDER);
        String database = RealServers.newDatabase();
        Path data = Files.createTempDirectory("vanthu-bench-");
        int port = TestInstallation.freePort();
        try (GatewayProcess gateway = GatewayProcess.start("bench", data, database, port)) {
            Duration startup = gateway.awaitHealthy(Duration.ofSeconds(180));

            // Both sides first take rounds of letters, untimed, so that each is measured with its code compiled (a
            // gateway runs for months; the first letters after a start are not its rate): at least three, then until
            // the gateway's just-in-time compiler has settled. The rounds are printed with the compiler's share.
            List<String> warmUp = new ArrayList<>();
            for (int round = 1; round <= MAX_WARM_UP_ROUNDS; round++) {
                int after = 100_000 + 1000 * round;
                List<byte[]> mails = IntakeLoad.letters(WARM_UP_LETTERS, after);
                IntakeLoad.Result gatewayRound = IntakeLoad.run(mails, after, database, 0, gateway.handle());
                RawIntake.Result rawRound = RawIntake.runFromSubmission(mails, database);
                double share = gatewayRound.cpu().compilerShare();
                warmUp.add(String.format(
                        "%.1f vs %.1f/s (JIT %.0f %%)", gatewayRound.rate(), rawRound.rate(), 100 * share));
                if (round >= MIN_WARM_UP_ROUNDS && share < SETTLED_COMPILER_SHARE) {
                    break;
                }
            }

            List<byte[]> mails = IntakeLoad.letters(letters, 5000);
            IntakeLoad.Result intake = IntakeLoad.run(mails, 5000, database, 0, gateway.handle());
            RawIntake.Result rawIntake = RawIntake.runFromSubmission(mails, database);
            RawIntake.Result rawDelivered = RawIntake.runDelivered(mails, database);
            // Steady work: half as many letters offered at half the rate the gateway kept up with.
            double offered = Math.max(1, Math.floor(intake.rate() / 2));
            IntakeLoad.Result steady = IntakeLoad.run(
                    IntakeLoad.letters(Math.max(20, letters / 2), 7000), 7000, database, offered, gateway.handle());

            long office = BenchUnits.rootId(database);
            List<Long> recipients = BenchUnits.insert(database, office, units);
            // Untimed circulars to a fifth of the units on both sides first, for the same reason as above.
            List<Long> firstFifth = recipients.subList(0, Math.max(1, units / 5));
            List<String> circularWarmUp = new ArrayList<>();
            for (int round = 1; round <= MAX_WARM_UP_ROUNDS; round++) {
                DistributionLoad.Result gatewayRound = DistributionLoad.run(gateway, firstFifth, database);
                RawDistribution.Result rawRound = RawDistribution.run(firstFifth.size(), gatewayRound.files());
                double share = gatewayRound.cpu().compilerShare();
                circularWarmUp.add(String.format(
                        "%.1f vs %.1f/s (JIT %.0f %%)", gatewayRound.sendRate(), rawRound.rate(), 100 * share));
                if (share < SETTLED_COMPILER_SHARE) {
                    break;
                }
            }
            DistributionLoad.Result distribution = DistributionLoad.run(gateway, recipients, database);
            RawDistribution.Result rawDistribution = RawDistribution.run(units, distribution.files());

            long rss = gateway.peakRssKilobytes();
            System.out.println();
            System.out.println("VanThu benchmark (one machine; Postfix, Dovecot, PostgreSQL on loopback; -Xmx512m)");
            System.out.printf("  start-up to health UP           : %6.1f s%n", startup.toMillis() / 1000.0);
            System.out.printf(
                    "  intake warm-up, rounds of %d letters (gateway vs raw, JIT share of the gateway's CPU): %s%n",
                    WARM_UP_LETTERS, String.join(", ", warmUp));
            System.out.printf(
                    "  intake, %4d letters (1-3 pages) : %6.1f letters/s  raw %6.1f/s  ratio %4.0f %%  (target ≥ 50 %%)%n",
                    letters, intake.rate(), rawIntake.rate(), 100 * intake.rate() / rawIntake.rate());
            System.out.printf(
                    "    (both from the first SMTP accept; raw reading letters already delivered: %.1f/s, ratio %.0f %%)%n",
                    rawDelivered.rate(), 100 * intake.rate() / rawDelivered.rate());
            System.out.printf(
                    "  intake CPU per letter             : gateway %s, raw program %s%n",
                    intake.cpu(), rawIntake.cpu());
            System.out.printf(
                    "    by program, ms per letter: gateway's run %s; raw's run %s%n",
                    intake.cpu().busiest(6), rawIntake.cpu().busiest(6));
            System.out.printf(
                    "  intake latency SMTP accept → registered, all at once : p50 %.2f s, p95 %.2f s%n",
                    intake.p50(), intake.p95());
            System.out.printf(
                    "  intake latency SMTP accept → registered, %3.0f letters/s: p50 %.2f s, p95 %.2f s (target p95 < 5 s)%n",
                    offered, steady.p50(), steady.p95());
            System.out.printf(
                    "  circular warm-up to %d units (gateway vs loop, JIT share of the gateway's CPU): %s%n",
                    firstFifth.size(), String.join(", ", circularWarmUp));
            System.out.printf(
                    "  circular to %4d units, sending  : %6.1f e-mails/s raw %6.1f/s  ratio %4.0f %%  (target ≥ 70 %%)%n",
                    units,
                    distribution.sendRate(),
                    rawDistribution.rate(),
                    100 * distribution.sendRate() / rawDistribution.rate());
            System.out.printf(
                    "    every e-mail on both sides carries %s: %.0f KB as the loop sends it%n",
                    distribution.files().stream()
                            .map(f -> String.format("%s (%.1f KB)", f.name(), f.content().length / 1024.0))
                            .collect(java.util.stream.Collectors.joining(" and ")),
                    rawDistribution.messageBytes() / 1024.0);
            System.out.printf(
                    "  sending CPU per e-mail            : gateway %s, plain loop %s%n",
                    distribution.cpu(), rawDistribution.cpu());
            System.out.printf(
                    "    by program, ms per e-mail: gateway's run %s; loop's run %s%n",
                    distribution.cpu().busiest(6), rawDistribution.cpu().busiest(6));
            System.out.printf(
                    "  circular end to end (issue+send): %6.1f e-mails/s (issuing took %.1f s)%n",
                    distribution.endToEndRate(), distribution.issueSeconds());
            System.out.printf("  gateway peak RSS                : %6.0f MB%n", rss / 1024.0);
            System.out.printf(
                    "  (gateway pid %d, benchmark pid %d)%n",
                    gateway.handle().pid(), ProcessHandle.current().pid());
        }
    }

    /** Registered times of incoming documents, by code number, read from the database. */
    static Map<String, OffsetDateTime> registeredTimes(String database) throws Exception {
        Map<String, OffsetDateTime> times = new java.util.HashMap<>();
        try (Connection connection =
                        DriverManager.getConnection(database, RealServers.dbUser(), RealServers.dbPassword());
                PreparedStatement query = connection.prepareStatement(
                        "SELECT code_number, registered_at FROM document WHERE direction = 'INCOMING'"
                                + " AND status = 'REGISTERED'");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                times.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class));
            }
        }
        return times;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.isEmpty()
                ? Double.NaN
                : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
