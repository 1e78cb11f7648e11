package vn.vanthu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * CPU time spent between two readings: by one process, and by the whole machine (all processes: the mail servers and
 * PostgreSQL too), from {@code /proc/stat}. Ratios of rates alone hide where the time goes on a shared machine.
 */
final class CpuMeter {

    /** Milliseconds of CPU per item: the measured process's and the machine's. */
    record PerItem(double process, double machine) {

        @Override
        public String toString() {
            return String.format("%.0f ms (machine %.0f ms)", process, machine);
        }
    }

    private final LongSupplier cpuMillis;
    private final long start;
    private final long machineStart;

    private CpuMeter(LongSupplier cpuMillis) throws IOException {
        this.cpuMillis = cpuMillis;
        this.start = cpuMillis.getAsLong();
        this.machineStart = machineBusyMillis();
    }

    /** Starts measuring a process (the gateway's, or the benchmark's own for the raw program). */
    static CpuMeter start(ProcessHandle process) throws IOException {
        return new CpuMeter(
                () -> process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L));
    }

    /** Starts measuring the calling thread alone (a raw program that shares its JVM with the letters' sender). */
    static CpuMeter startThread() throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return new CpuMeter(() -> threads.getCurrentThreadCpuTime() / 1_000_000);
    }

    /** Per item, measured on the thread that started this meter when it measures a thread. */
    PerItem per(int items) throws IOException {
        return new PerItem(
                (cpuMillis.getAsLong() - start) / (double) items,
                (machineBusyMillis() - machineStart) / (double) items);
    }

    /** All CPUs' busy time (user, nice, system, irq, softirq, steal), in milliseconds at 100 ticks a second. */
    private static long machineBusyMillis() throws IOException {
        String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(ticks[i]);
        }
        return busy * 10;
    }
}
