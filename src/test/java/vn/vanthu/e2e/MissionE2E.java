package vn.vanthu.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import vn.vanthu.support.ImapProbe;
import vn.vanthu.support.LetterPdf;
import vn.vanthu.support.TestInstallation;
import vn.vanthu.support.TestMail;

/**
 * The whole mission on real servers (Dovecot, Postfix, PostgreSQL) with the packaged jar, driven through the mail
 * protocols as mail clients would, the REST API and headless Chromium: letters in, registered, acknowledged; a
 * circular out to 20 schools (and one address that bounces); replies, a read receipt, a link, an auto-reply, a
 * refusal and a forged reply in; the board shows the right state.
 */
class MissionE2E {

    static final String SENDER = "vanthu@so.e2e.test";
    static final String OUTSIDER = "ke.gian@outside.e2e.test";
    static final ImapProbe IMAP = new ImapProbe(RealServers.IMAP_PORT);

    record School(long id, String email, String username, String temporaryPassword) {}

    @Test
    void runsTheMissionThroughTheMailProtocols() throws Exception {
        List<String> addresses = new ArrayList<>(List.of(SENDER, OUTSIDER));
        for (int i = 1; i <= 20; i++) {
            addresses.add(address(i));
        }
        RealServers.start(addresses.toArray(String[]::new));
        RealServers.emptyInboxes(SENDER);
        Path data = Files.createTempDirectory(
                Files.createDirectories(Path.of("target", "e2e")).toAbsolutePath(), "mission-");
        int port = TestInstallation.freePort();
        try (GatewayProcess gateway = GatewayProcess.start("mission", data, RealServers.newDatabase(), port)) {
            gateway.awaitHealthy(Duration.ofSeconds(120));
            RestClient api = gateway.api();
            List<School> schools = new ArrayList<>();
            for (int i = 1; i <= 21; i++) {
                schools.add(enrol(api, i, i == 21 ? "khongtontai@school.e2e.test" : address(i)));
            }

            lettersInRegisteredAndAcknowledged(api);
            long circular = circularOut(api, schools);
            Map<String, MimeMessage> delivered = awaitDeliveryMails();
            answer(delivered, gateway);
            boardShowsWhoConfirmed(api, circular, schools);
            aSchoolConfirmsInItsBrowser(gateway, schools.get(15), api, circular);
        }
    }

    private void lettersInRegisteredAndAcknowledged(RestClient api) {
        List<String> ids = new ArrayList<>();
        for (int n = 11; n <= 13; n++) {
            byte[] pdf =
                    LetterPdf.letter().number(Integer.toString(n), "SGDĐT-VP").toBytes();
            ids.add(TestMail.to(RealServers.SMTP_PORT, SENDER, RealServers.GATEWAY, "Công văn số " + n + "/SGDĐT-VP")
                    .attach("cv-" + n + ".pdf", "application/pdf", pdf)
                    .send());
        }
        await().atMost(Duration.ofSeconds(90))
                .until(() -> documents(api, "INCOMING").stream()
                                .filter(d -> "REGISTERED".equals(d.get("status")))
                                .count()
                        == 3);
        assertThat(documents(api, "INCOMING"))
                .extracting(d -> d.get("registerNumber"))
                .containsExactlyInAnyOrder(1, 2, 3);
        await().atMost(Duration.ofSeconds(60)).until(() -> IMAP.count(SENDER, RealServers.PASSWORD, "INBOX") == 3);
        List<String> answered = IMAP.messages(SENDER, RealServers.PASSWORD, "INBOX").stream()
                .map(m -> header(m, "In-Reply-To"))
                .toList();
        assertThat(answered).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(IMAP.messages(SENDER, RealServers.PASSWORD, "INBOX"))
                .allSatisfy(m -> assertThat(header(m, "Auto-Submitted")).isEqualTo("auto-replied"));
    }

    private long circularOut(RestClient api, List<School> schools) {
        var form = new LinkedMultiValueMap<String, Object>();
        byte[] pdf = LetterPdf.letter()
                .issuer("UBND THÀNH PHỐ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
                .number("", "PGDE2E")
                .subject("V/v tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026-2027")
                .toBytes();
        form.add("file", new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "hoi-khoe-phu-dong.pdf";
            }
        });
        schools.forEach(s -> form.add("recipients", Long.toString(s.id())));
        Map<String, Object> issued = api.post()
                .uri("/api/documents/outgoing")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        assertThat(issued).containsEntry("registerNumber", 1).containsEntry("codeNumber", "01");
        assertThat((List<?>) issued.get("deliveries")).hasSize(21);
        return ((Number) issued.get("id")).longValue();
    }

    private Map<String, MimeMessage> awaitDeliveryMails() {
        Map<String, MimeMessage> delivered = new HashMap<>();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            for (int i = 1; i <= 20; i++) {
                List<MimeMessage> inbox = IMAP.messages(address(i), RealServers.PASSWORD, "INBOX");
                if (!inbox.isEmpty()) {
                    delivered.put(address(i), inbox.get(0));
                }
            }
            return delivered.size() == 20;
        });
        return delivered;
    }

    private void answer(Map<String, MimeMessage> delivered, GatewayProcess gateway) throws Exception {
        for (int i = 1; i <= 10; i++) {
            reply(delivered.get(address(i)), address(i), "Trường đã nhận được văn bản. Trân trọng.", Map.of());
        }
        reply(
                delivered.get(address(11)),
                address(11),
                "Tôi đang nghỉ phép đến hết tuần.",
                Map.of("Auto-Submitted", "auto-replied"));
        reply(delivered.get(address(12)), OUTSIDER, "Đã nhận.", Map.of());
        MimeMessage thirteenth = delivered.get(address(13));
        TestMail.sendRaw(
                RealServers.SMTP_PORT,
                address(13),
                RealServers.GATEWAY,
                readReceipt(address(13), thirteenth.getMessageID()));
        clickConfirmationLink(delivered.get(address(14)), gateway);
        reply(
                delivered.get(address(15)),
                address(15),
                "Văn bản gửi nhầm đơn vị, đề nghị Phòng kiểm tra lại.",
                Map.of());
    }

    private void boardShowsWhoConfirmed(RestClient api, long circular, List<School> schools) {
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            Map<Long, Map<String, Object>> board = board(api, circular);
            for (int i = 1; i <= 10; i++) {
                assertThat(board.get(schools.get(i - 1).id()))
                        .containsEntry("status", "CONFIRMED")
                        .containsEntry("confirmedVia", "REPLY");
            }
            assertThat(board.get(schools.get(10).id())).containsEntry("status", "SENT");
            assertThat(board.get(schools.get(11).id())).containsEntry("status", "SENT");
            assertThat(board.get(schools.get(12).id())).containsEntry("confirmedVia", "READ_RECEIPT");
            assertThat(board.get(schools.get(13).id())).containsEntry("confirmedVia", "LINK");
            assertThat(board.get(schools.get(14).id())).containsEntry("status", "REFUSED");
            for (int i = 16; i <= 20; i++) {
                assertThat(board.get(schools.get(i - 1).id())).containsEntry("status", "SENT");
            }
            assertThat(board.get(schools.get(20).id())).containsEntry("status", "BOUNCED");
        });
    }

    private void aSchoolConfirmsInItsBrowser(GatewayProcess gateway, School school, RestClient api, long circular)
            throws Exception {
        try (Chromium browser = new Chromium(gateway.base())) {
            browser.logIn(school.username(), school.temporaryPassword());
            browser.changePassword(school.temporaryPassword(), "TruongMuoiSau2026");
            browser.shoot("mission-school-incoming");
            browser.clickLink("Hội khỏe Phù Đổng");
            browser.clickButton("Xác nhận đã nhận");
            assertThat(browser.page()).contains("Đã xác nhận đã nhận văn bản");
            browser.shoot("mission-school-confirmed");
        }
        assertThat(board(api, circular).get(school.id())).containsEntry("confirmedVia", "WEB");
    }

    private School enrol(RestClient api, int n, String email) {
        Map<String, Object> created = api.post()
                .uri("/api/organizations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "name", "Trường Tiểu học số " + n,
                        "code", "TH" + n,
                        "email", email,
                        "headName", "Hiệu trưởng Lò Văn " + (char) ('A' + n)))
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        @SuppressWarnings("unchecked")
        Map<String, Object> account = (Map<String, Object>) created.get("account");
        return new School(((Number) created.get("id")).longValue(), email, (String) account.get("username"), (String)
                account.get("temporaryPassword"));
    }

    private static void reply(MimeMessage delivery, String from, String text, Map<String, String> headers)
            throws Exception {
        String replyTo = ((InternetAddress) delivery.getReplyTo()[0]).getAddress();
        TestMail mail = TestMail.to(RealServers.SMTP_PORT, from, replyTo, "Re: " + delivery.getSubject())
                .header("In-Reply-To", delivery.getMessageID())
                .header("References", delivery.getMessageID());
        headers.forEach(mail::header);
        mail.text(text).send();
    }

    private static void clickConfirmationLink(MimeMessage delivery, GatewayProcess gateway) {
        Matcher link = Pattern.compile("(http://\\S+/xac-nhan/\\S+)").matcher(ImapProbe.text(delivery));
        assertThat(link.find()).isTrue();
        RestClient client = RestClient.create();
        String page = client.get().uri(link.group(1)).retrieve().body(String.class);
        Matcher e = Pattern.compile("name=\"e\" value=\"(\\d+)\"").matcher(page);
        Matcher s = Pattern.compile("name=\"s\" value=\"([^\"]+)\"").matcher(page);
        assertThat(e.find() && s.find()).isTrue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("e", e.group(1));
        form.add("s", s.group(1));
        String done = client.post()
                .uri(link.group(1).substring(0, link.group(1).indexOf('?')))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(String.class);
        assertThat(done).contains("Đã xác nhận");
    }

    private static byte[] readReceipt(String from, String original) {
        return ("From: " + from + "\r\nTo: " + RealServers.GATEWAY + "\r\nSubject: Read: Hoi khoe Phu Dong\r\n"
                        + "Message-ID: <mdn-e2e-" + System.nanoTime() + "@school.e2e.test>\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b\"\r\n\r\n"
                        + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nĐã mở thư.\r\n"
                        + "--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
                        + "Final-Recipient: rfc822;" + from + "\r\nOriginal-Message-ID: " + original + "\r\n"
                        + "Disposition: manual-action/MDN-sent-manually; displayed\r\n--b--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<Map<String, Object>> documents(RestClient api, String direction) {
        return api.get()
                .uri("/api/documents?direction=" + direction)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    private static Map<Long, Map<String, Object>> board(RestClient api, long document) {
        List<Map<String, Object>> lines = api.get()
                .uri("/api/documents/" + document + "/deliveries")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        Map<Long, Map<String, Object>> byUnit = new HashMap<>();
        lines.forEach(line -> byUnit.put(((Number) line.get("organizationId")).longValue(), line));
        return byUnit;
    }

    static String address(int n) {
        return String.format("truong%02d@school.e2e.test", n);
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
