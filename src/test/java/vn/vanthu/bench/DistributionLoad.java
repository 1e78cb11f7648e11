package vn.vanthu.bench;

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

    /** E-mails per second while sending, and from the call, and how long issuing took. */
    record Result(double sendRate, double endToEndRate, double issueSeconds) {}

    private DistributionLoad() {}

    static Result run(GatewayProcess gateway, List<Long> recipients) throws InterruptedException {
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
        long document = ((Number) issued.get("id")).longValue();
        while (!allSent(gateway, document)) {
            Thread.sleep(100);
        }
        long done = System.nanoTime();
        int count = recipients.size();
        return new Result(count / ((done - issuedAt) / 1e9), count / ((done - start) / 1e9), (issuedAt - start) / 1e9);
    }

    private static boolean allSent(GatewayProcess gateway, long document) {
        List<Map<String, Object>> lines = gateway.api()
                .get()
                .uri("/api/documents/" + document + "/deliveries")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        return lines.stream().allMatch(line -> "SENT".equals(line.get("status")));
    }
}
