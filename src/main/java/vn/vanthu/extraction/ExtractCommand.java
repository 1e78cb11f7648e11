package vn.vanthu.extraction;

import java.io.PrintStream;
import java.util.List;
import vn.vanthu.extraction.internal.CommandLine;

/**
 * The {@code extract} command of {@code contracts/extraction.md}: reads each file (or each official document
 * inside an e-mail) and prints one JSON array on standard output, nothing else; reasons for unreadable files
 * go into the array, logs to standard error. It needs no Spring context, database or web server.
 */
public final class ExtractCommand {

    private ExtractCommand() {}

    /**
     * Runs the command.
     *
     * @param args the files to read
     * @param out where the JSON array goes
     * @param err where usage and diagnostics go
     * @return 0 when every file was read, 1 otherwise
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return CommandLine.run(args, out, err);
    }
}
