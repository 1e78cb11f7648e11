package vn.vanthu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * CPU time spent between two readings: by one process, and by the whole machine (all processes: the mail servers and
 * PostgreSQL too), from {@code /proc/stat}. Ratios of rates alone hide where the time goes on a shared machine.
 */
final class CpuMeter {

    /**
     * Milliseconds of CPU per item: the measured process's, of which its just-in-time compiler threads' (NaN when a
     * thread is measured), the machine's, and the machine's by program name (the processes that lived through the
     * whole measure; Java processes by their pid).
     */
    record PerItem(double process, double compiler, double machine, Map<String, Double> byProgram) {

        @Override
        public String toString() {
            return Double.isNaN(compiler)
                    ? String.format("%.0f ms (machine %.0f ms)", process, machine)
                    : String.format(
                            "%.0f ms, JIT compiler %.0f ms of it (machine %.0f ms)", process, compiler, machine);
        }

        /** The share of the process's CPU its just-in-time compiler took: high while code is still being compiled. */
        double compilerShare() {
            return process > 0 ? compiler / process : 0;
        }

        /** The programs that took most, e.g. {@code "java 74, postgres 20, dovecot 9"}. */
        String busiest(int count) {
            return byProgram.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(count)
                    .map(e -> String.format("%s %.0f", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
        }
    }

    private final LongSupplier cpuMillis;
    private final ProcessHandle process;
    private final long start;
    private final Map<Long, Long> compilersStart;
    private final long machineStart;
    private final Map<Long, Program> programsStart;

    /** A process's name and CPU time so far, in milliseconds. */
    private record Program(String name, long millis) {}

    private CpuMeter(LongSupplier cpuMillis, ProcessHandle process) throws IOException {
        this.cpuMillis = cpuMillis;
        this.process = process;
        this.start = cpuMillis.getAsLong();
        this.compilersStart = process == null ? Map.of() : compilerThreads(process.pid());
        this.machineStart = machineBusyMillis();
        this.programsStart = programs();
    }

    /** Starts measuring a process (the gateway's, or the benchmark's own for the raw program). */
    static CpuMeter start(ProcessHandle process) throws IOException {
        return new CpuMeter(
                () -> process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L), process);
    }

    /** Starts measuring the calling thread alone (a raw program that shares its JVM with the letters' sender). */
    static CpuMeter startThread() throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return new CpuMeter(() -> threads.getCurrentThreadCpuTime() / 1_000_000, null);
    }

    /** Per item, measured on the thread that started this meter when it measures a thread. */
    PerItem per(int items) throws IOException {
        Map<String, Double> byProgram = new TreeMap<>();
        programs().forEach((pid, now) -> {
            Program before = programsStart.get(pid);
            if (before != null && before.name().equals(now.name()) && now.millis() > before.millis()) {
                String name = now.name().equals("java") ? "java[" + pid + "]" : now.name();
                byProgram.merge(name, (now.millis() - before.millis()) / (double) items, Double::sum);
            }
        });
        double compiler = Double.NaN;
        if (process != null) {
            long millis = 0;
            for (Map.Entry<Long, Long> thread : compilerThreads(process.pid()).entrySet()) {
                millis += thread.getValue() - compilersStart.getOrDefault(thread.getKey(), 0L);
            }
            compiler = millis / (double) items;
        }
        return new PerItem(
                (cpuMillis.getAsLong() - start) / (double) items,
                compiler,
                (machineBusyMillis() - machineStart) / (double) items,
                byProgram);
    }

    /** Every process's name and CPU time, from {@code /proc/<pid>/stat}. */
    private static Map<Long, Program> programs() {
        return stats(Path.of("/proc"));
    }

    /**
     * The CPU time of a JVM's just-in-time compiler threads ({@code C1 CompilerThread0}…, cut to 15 characters by
     * Linux), by thread id. HotSpot stops idle compiler threads, and a stopped thread's time is no longer listed:
     * what is measured is at least what the compiler took.
     */
    private static Map<Long, Long> compilerThreads(long pid) {
        Map<Long, Long> threads = new HashMap<>();
        stats(Path.of("/proc", Long.toString(pid), "task")).forEach((tid, thread) -> {
            if (thread.name().matches("C[12] CompilerThr.*")) {
                threads.put(tid, thread.millis());
            }
        });
        return threads;
    }

    /** The name and CPU time of each process (or thread) under a {@code /proc} folder, from its {@code stat}. */
    private static Map<Long, Program> stats(Path folder) {
        Map<Long, Program> programs = new HashMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(folder, "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // After the name: state is field 3 of stat(5), utime 14 and stime 15, in ticks of 10 ms.
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    programs.put(Long.parseLong(process.getFileName().toString()), new Program(name, ticks * 10));
                } catch (IOException | RuntimeException e) {
                    // The process ended while being read.
                }
            }
        } catch (IOException e) {
            return programs;
        }
        return programs;
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
