package vn.vanthu.extraction;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until the extract command lands. */
public final class ExtractCommand {

    private ExtractCommand() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("not yet");
        return 1;
    }
}
