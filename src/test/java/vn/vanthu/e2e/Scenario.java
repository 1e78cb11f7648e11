package vn.vanthu.e2e;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import vn.vanthu.support.ImapProbe;
import vn.vanthu.support.LetterPdf;
import vn.vanthu.support.TestMail;

/** The moves of the end-to-end scenarios, through the mail protocols and the REST API. */
final class Scenario {

    static final String SENDER = "vanthu@so.e2e.test";
    static final ImapProbe IMAP = new ImapProbe(RealServers.IMAP_PORT);

    private Scenario() {}

    /** Sends a letter with a PDF from the Sở, as its mail client would; returns its Message-ID. */
    static String sendLetter(int number) {
        byte[] pdf =
                LetterPdf.letter().number(Integer.toString(number), "SGDĐT-VP").toBytes();
        return TestMail.to(RealServers.SMTP_PORT, SENDER, RealServers.GATEWAY, "Công văn số " + number + "/SGDĐT-VP")
                .attach("cv-" + number + ".pdf", "application/pdf", pdf)
                .send();
    }

    /** Creates units through {@code POST /api/organizations}; returns their ids. */
    static List<Long> enrol(RestClient api, String prefix, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Map<String, Object> created = api.post()
                    .uri("/api/organizations")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of(
                            "name", "Trường " + prefix + " số " + i,
                            "code", prefix.toUpperCase() + i,
                            "email", address(prefix, i),
                            "headName", "Hiệu trưởng " + prefix + " " + i))
                    .retrieve()
                    .body(new ParameterizedTypeReference<>() {});
            ids.add(((Number) created.get("id")).longValue());
        }
        return ids;
    }

    static String address(String prefix, int n) {
        return String.format("%s%03d@school.e2e.test", prefix, n);
    }

    /** Issues a circular through {@code POST /api/documents/outgoing}; returns the document id. */
    static long circular(RestClient api, List<Long> recipients, String subject) {
        var form = new LinkedMultiValueMap<String, Object>();
        byte[] pdf = LetterPdf.letter()
                .issuer("UBND THÀNH PHỐ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
                .number("", "PGDE2E")
                .subject("V/v " + subject)
                .toBytes();
        form.add("file", new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "cong-van.pdf";
            }
        });
        recipients.forEach(id -> form.add("recipients", Long.toString(id)));
        Map<String, Object> issued = api.post()
                .uri("/api/documents/outgoing")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        return ((Number) issued.get("id")).longValue();
    }

    static List<Map<String, Object>> incoming(RestClient api) {
        return api.get()
                .uri("/api/documents?direction=INCOMING")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    static List<Map<String, Object>> deliveries(RestClient api, long document) {
        return api.get()
                .uri("/api/documents/" + document + "/deliveries")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    /** The Message-IDs in a unit's INBOX, read over IMAP. */
    static List<String> messageIds(String address) {
        return IMAP.messages(address, RealServers.PASSWORD, "INBOX").stream()
                .map(Scenario::id)
                .toList();
    }

    private static String id(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
