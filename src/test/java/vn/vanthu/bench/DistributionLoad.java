package vn.vanthu.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import vn.vanthu.e2e.GatewayProcess;
import vn.vanthu.support.LetterPdf;

/** A circular to every bench unit through the REST API, timed until every delivery is sent. */
final class DistributionLoad {

    /**
     * E-mails per second while sending, and from the call, how long issuing took, CPU per e-mail sent, and the files
     * every delivery e-mail carried (downloaded afterwards, for the plain loop to send the same messages).
     */
    record Result(
            double sendRate,
            double endToEndRate,
            double issueSeconds,
            CpuMeter.PerItem cpu,
            List<BenchMessages.Attachment> files) {}

    private DistributionLoad() {}

    static Result run(GatewayProcess gateway, List<Long> recipients, String database) throws Exception {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add(
                "file",
                new ByteArrayResource(LetterPdf.letter().number("", "PGDE2E").toBytes()) {
                    @Override
                    public String getFilename() {
                        return "cong-van.pdf";
                    }
                });
        recipients.forEach(id -> form.add("recipients", Long.toString(id)));
        long start = System.nanoTime();
        Map<String, Object> issued = gateway.api()
                .post()
                .uri("/api/documents/outgoing")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        long issuedAt = System.nanoTime();
        CpuMeter cpu = CpuMeter.start(gateway.handle());
        long document = ((Number) issued.get("id")).longValue();
        await().atMost(Duration.ofMinutes(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> allSent(database, document));
        long done = System.nanoTime();
        int count = recipients.size();
        return new Result(
                count / ((done - issuedAt) / 1e9),
                count / ((done - start) / 1e9),
                (issuedAt - start) / 1e9,
                cpu.per(count),
                files(gateway, document));
    }

    /** The issued document's files (the PDF and its edXML), as the gateway stored and attached them. */
    private static List<BenchMessages.Attachment> files(GatewayProcess gateway, long document) {
        Map<String, Object> details = gateway.api()
                .get()
                .uri("/api/documents/{id}", document)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) details.get("attachments");
        return files.stream()
                .map(file -> new BenchMessages.Attachment(
                        (String) file.get("fileName"),
                        (String) file.get("mediaType"),
                        gateway.api()
                                .get()
                                .uri((String) file.get("url"))
                                .retrieve()
                                .body(byte[].class)))
                .toList();
    }

    /** Watched in the database: asking the API for a thousand deliveries ten times a second would load the node. */
    private static boolean allSent(String database, long document) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(
                        database, vn.vanthu.e2e.RealServers.dbUser(), vn.vanthu.e2e.RealServers.dbPassword());
                var query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM delivery WHERE document_id = ? AND status <> 'SENT'")) {
            query.setLong(1, document);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 0;
            }
        }
    }
}
