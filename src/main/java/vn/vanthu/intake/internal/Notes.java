package vn.vanthu.intake.internal;

import java.util.List;
import java.util.stream.Collectors;
import vn.vanthu.registry.DocumentStatus;
import vn.vanthu.registry.DocumentSummary;

/** The ledger note that says what became of a message's letters. */
final class Notes {

    private Notes() {}

    static String of(List<DocumentSummary> taken) {
        return taken.stream()
                .map(d -> d.status() == DocumentStatus.PENDING
                        ? "Văn bản " + d.id() + " chờ vào sổ"
                        : "Văn bản " + d.id() + " vào sổ đến số " + d.registerNumber())
                .collect(Collectors.joining("; "));
    }
}
