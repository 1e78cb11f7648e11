package vn.vanthu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

    private final ProcessHandle process;
    private final long processStart;
    private final long machineStart;

    private CpuMeter(ProcessHandle process) throws IOException {
        this.process = process;
        this.processStart = cpuMillis(process);
        this.machineStart = machineBusyMillis();
    }

    /** Starts measuring this process (the gateway's, or the benchmark's own for the raw program). */
    static CpuMeter start(ProcessHandle process) throws IOException {
        return new CpuMeter(process);
    }

    PerItem per(int items) throws IOException {
        return new PerItem(
                (cpuMillis(process) - processStart) / (double) items,
                (machineBusyMillis() - machineStart) / (double) items);
    }

    private static long cpuMillis(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
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
