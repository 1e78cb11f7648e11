package vn.vanthu;

import java.util.List;

/** The command-line entry: sends logs to standard error so that standard output holds only the JSON. */
final class CommandLine {

    private CommandLine() {}

    static int extract(List<String> files) {
        System.setProperty("logback.configurationFile", "logback-cli.xml");
        System.setProperty("java.awt.headless", "true");
        return vn.vanthu.extraction.ExtractCommand.run(files, System.out, System.err);
    }
}
