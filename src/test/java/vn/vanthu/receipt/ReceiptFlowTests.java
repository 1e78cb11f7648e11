package vn.vanthu.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import vn.vanthu.VanThuApplication;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.NewAccount;
import vn.vanthu.account.Role;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.distribution.Circulars;
import vn.vanthu.distribution.ConfirmationChannel;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.distribution.DeliveryStatus;
import vn.vanthu.distribution.IssuedCircular;
import vn.vanthu.mailbox.internal.EmbeddedMailServer;
import vn.vanthu.receipt.internal.Reminders;
import vn.vanthu.support.IntegrationTest;
import vn.vanthu.support.Offices;
import vn.vanthu.support.TestMail;

/** Receipts end to end on the embedded mail server: replies, read receipts, links, spoofing, reminders. */
class ReceiptFlowTests extends IntegrationTest {

    @Autowired
    Circulars circulars;

    @Autowired
    DeliveryBook deliveries;

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    EmbeddedMailServer mail;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Value("${vanthu.mail.embedded-smtp-port}")
    int smtp;

    @LocalServerPort
    int port;

    @Test
    void showsOnTheBoardWhoConfirmedAndHow() {
        Offices.Office office = Offices.office(organizations, 4);
        IssuedCircular issued = circulars.issue(office.circular("kế hoạch kiểm tra cuối kỳ"));
        Map<String, Delivery> byAddress = awaitSent(issued);

        Delivery first = byAddress.get(office.address(1));
        TestMail.to(
                        smtp,
                        office.address(1),
                        "vanthu+" + first.token() + "@localhost",
                        "Re: [VT-" + first.token() + "] Kế hoạch")
                .header("In-Reply-To", first.messageId())
                .header("References", first.messageId())
                .send();
        Delivery second = byAddress.get(office.address(2));
        TestMail.sendRaw(
                smtp, office.address(2), "vanthu@localhost", readReceipt(office.address(2), second.messageId()));
        Delivery third = byAddress.get(office.address(3));
        confirmByLink(third);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries.find(first.id()).orElseThrow().confirmedAt() != null
                        && deliveries.find(second.id()).orElseThrow().confirmedAt() != null);
        String clerk = "vanthu" + office.office().code().toLowerCase();
        accounts.create(new NewAccount(
                clerk,
                "VanThuPhong2026",
                false,
                "Văn thư",
                null,
                office.office().id(),
                Role.CLERK));
        List<Map<String, Object>> board = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(clerk, "VanThuPhong2026"))
                .build()
                .get()
                .uri("/api/documents/" + issued.document().id() + "/deliveries")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        assertThat(board).hasSize(4);
        assertThat(board)
                .anySatisfy(line -> assertThat(line)
                        .containsEntry("email", office.address(1))
                        .containsEntry("status", "CONFIRMED")
                        .containsEntry("confirmedVia", "REPLY"));
        assertThat(board)
                .anySatisfy(line -> assertThat(line)
                        .containsEntry("email", office.address(2))
                        .containsEntry("confirmedVia", "READ_RECEIPT"));
        assertThat(board)
                .anySatisfy(line -> assertThat(line)
                        .containsEntry("email", office.address(3))
                        .containsEntry("confirmedVia", "LINK"));
        assertThat(board)
                .anySatisfy(line -> assertThat(line)
                        .containsEntry("email", office.address(4))
                        .containsEntry("status", "SENT")
                        .containsEntry("confirmedVia", null));
    }

    @Test
    void keepsTheFirstWayAndTimeOfConfirmation() {
        Offices.Office office = Offices.office(organizations, 1);
        Delivery delivery =
                circulars.issue(office.circular("lịch trực")).deliveries().get(0);
        assertThat(deliveries.confirm(delivery.id(), ConfirmationChannel.LINK, null))
                .isTrue();
        var first = deliveries.find(delivery.id()).orElseThrow();
        assertThat(deliveries.confirm(delivery.id(), ConfirmationChannel.WEB, null))
                .isFalse();
        var after = deliveries.find(delivery.id()).orElseThrow();
        assertThat(after.confirmedVia()).isEqualTo(ConfirmationChannel.LINK);
        assertThat(after.confirmedAt()).isEqualTo(first.confirmedAt());
    }

    @Test
    void confirmsNothingForAValidTokenFromAnOutsideAddress() {
        Offices.Office office = Offices.office(organizations, 1);
        Delivery delivery =
                awaitSent(circulars.issue(office.circular("thi đua"))).get(office.address(1));
        TestMail.to(
                        smtp,
                        "ke.gian.2026@gmail.com",
                        "vanthu+" + delivery.token() + "@localhost",
                        "Re: [VT-" + delivery.token() + "] đã nhận")
                .header("In-Reply-To", delivery.messageId())
                .send();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> outcomes(delivery.id()).contains("SUSPICIOUS"));
        assertThat(deliveries.find(delivery.id()).orElseThrow().confirmedAt()).isNull();
    }

    @Test
    void confirmsNothingForSchoolAWhenSchoolBAnswersItsMessage() {
        Offices.Office office = Offices.office(organizations, 2);
        Map<String, Delivery> byAddress = awaitSent(circulars.issue(office.circular("phòng cháy")));
        Delivery forA = byAddress.get(office.address(1));
        TestMail.to(smtp, office.address(2), "vanthu@localhost", "Re: Công văn phòng cháy")
                .header("In-Reply-To", forA.messageId())
                .send();
        await().atMost(Duration.ofSeconds(30)).until(() -> outcomes(forA.id()).contains("SUSPICIOUS"));
        assertThat(deliveries.find(forA.id()).orElseThrow().confirmedAt()).isNull();
        assertThat(deliveries
                        .find(byAddress.get(office.address(2)).id())
                        .orElseThrow()
                        .confirmedAt())
                .isNull();
    }

    @Test
    void remindsUnconfirmedUnitsAtGrowingIntervalsAtMostThreeTimes() {
        Offices.Office office = Offices.office(organizations, 1);
        Delivery delivery =
                awaitSent(circulars.issue(office.circular("báo cáo số liệu"))).get(office.address(1));
        clock.setTo(clock.instant().plus(Duration.ofHours(25)));
        reminders.remindDue();
        assertThat(remindersSent(delivery.id())).isEqualTo(1);
        reminders.remindDue();
        assertThat(remindersSent(delivery.id())).isEqualTo(1);
        clock.advance(Duration.ofHours(49));
        reminders.remindDue();
        assertThat(remindersSent(delivery.id())).isEqualTo(2);
        clock.advance(Duration.ofHours(97));
        reminders.remindDue();
        clock.advance(Duration.ofDays(30));
        reminders.remindDue();
        assertThat(remindersSent(delivery.id())).isEqualTo(3);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Arrays.stream(mail.getReceivedMessagesForDomain(office.domain()))
                                .filter(m -> subject(m).contains("Nhắc xác nhận văn bản số"))
                                .count()
                        == 3);
    }

    @Test
    void tellsEachSenderOnceADayWhatIsStillUnconfirmed() {
        Offices.Office office = Offices.office(organizations, 2);
        awaitSent(circulars.issue(office.circular("tổng kết phong trào")));
        ZonedDateTime tomorrowMorning = ZonedDateTime.ofInstant(clock.instant(), VanThuApplication.ZONE)
                .plusDays(1)
                .withHour(8);
        clock.setTo(tomorrowMorning.toInstant());
        reminders.sendSummaries();
        reminders.sendSummaries();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Arrays.stream(mail.getReceivedMessagesForDomain(office.domain()))
                                .filter(m -> subject(m).startsWith("Tổng hợp xác nhận văn bản đi"))
                                .count()
                        == 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_mail WHERE kind = 'RECEIPT_SUMMARY' AND recipient = ?")
                        .param(office.office().primaryEmail())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private void confirmByLink(Delivery delivery) {
        String link = linkIn(delivery);
        RestClient client = RestClient.create();
        String page = client.get().uri(link).retrieve().body(String.class);
        assertThat(page).contains("Xác nhận đã nhận văn bản");
        Matcher e = Pattern.compile("name=\"e\" value=\"(\\d+)\"").matcher(page);
        Matcher s = Pattern.compile("name=\"s\" value=\"([^\"]+)\"").matcher(page);
        assertThat(e.find() && s.find()).isTrue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("e", e.group(1));
        form.add("s", s.group(1));
        String done = client.post()
                .uri(link.substring(0, link.indexOf('?')))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(String.class);
        assertThat(done).contains("Đã xác nhận");
        assertThat(deliveries.find(delivery.id()).orElseThrow().confirmedVia()).isEqualTo(ConfirmationChannel.LINK);
    }

    private String linkIn(Delivery delivery) {
        String text = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> delivery.messageId().equals(messageId(m)))
                .map(vn.vanthu.support.ImapProbe::text)
                .findFirst()
                .orElseThrow();
        Matcher link = Pattern.compile("(http://\\S+/xac-nhan/" + delivery.token() + "\\S+)")
                .matcher(text);
        assertThat(link.find()).isTrue();
        // The links carry the configured base URL; this test's server listens on a random port.
        return link.group(1).replaceFirst("http://[^/]+", "http://localhost:" + port);
    }

    private Map<String, Delivery> awaitSent(IssuedCircular issued) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries.ofDocument(issued.document().id()).stream()
                        .allMatch(d -> d.status() == DeliveryStatus.SENT));
        return deliveries.ofDocument(issued.document().id()).stream()
                .collect(java.util.stream.Collectors.toMap(Delivery::email, d -> d));
    }

    private List<String> outcomes(long deliveryId) {
        return jdbc.sql("SELECT outcome FROM receipt_event WHERE delivery_id = ?")
                .param(deliveryId)
                .query(String.class)
                .list();
    }

    private int remindersSent(long deliveryId) {
        return jdbc.sql("SELECT reminders_sent FROM delivery WHERE id = ?")
                .param(deliveryId)
                .query(Integer.class)
                .single();
    }

    private static byte[] readReceipt(String from, String originalMessageId) {
        String raw = "From: " + from
                + "\r\nTo: vanthu@localhost\r\nSubject: =?UTF-8?Q?=C4=90=C3=A3_=C4=91=E1=BB=8Dc?=: Kế hoạch\r\n"
                + "Message-ID: <mdn-" + System.nanoTime() + "@truong.vn>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn\"\r\n\r\n"
                + "--mdn\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThư đã được mở.\r\n"
                + "--mdn\r\nContent-Type: message/disposition-notification\r\n\r\n"
                + "Reporting-UA: Thunderbird\r\nFinal-Recipient: rfc822;" + from + "\r\n"
                + "Original-Message-ID: " + originalMessageId + "\r\n"
                + "Disposition: manual-action/MDN-sent-manually; displayed\r\n--mdn--\r\n";
        return raw.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
