package vn.vanthu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.vanthu.account.EnrolledUnit;
import vn.vanthu.account.IssuedCredentials;
import vn.vanthu.account.Role;
import vn.vanthu.calendar.internal.WeeklyPublisher;
import vn.vanthu.mailbox.OutgoingMail;
import vn.vanthu.support.WebTest;

/** Lịch công tác: the week view, entering events, printing, the iCalendar feed and the weekly e-mail. */
class CalendarTests extends WebTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    WorkCalendars calendars;

    @Autowired
    WeeklyPublisher publisher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    EnrolledUnit school;
    RequestPostProcessor asSchool;
    WorkCalendar head;
    LocalDate monday;

    @BeforeEach
    void school() {
        school = units.school("Trường THCS Chiềng Sinh", "Lò Thị Mai");
        units.activate(school.account());
        asSchool = user(school.account().username()).roles("UNIT");
        head = calendars.of(school.organization().id()).stream()
                .filter(c -> c.kind() == CalendarKind.HEAD)
                .findFirst()
                .orElseThrow();
        monday = LocalDate.now(clock)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(1);
    }

    @Test
    void showsTheWeekDayByDayAndTakesNewEvents() throws Exception {
        assertThat(page("/calendars", asSchool)).contains("Lịch công tác của lãnh đạo Trường THCS Chiềng Sinh");
        mvc.perform(post("/calendars/" + head.id() + "/events")
                        .with(asSchool)
                        .with(csrf())
                        .param("day", monday.toString())
                        .param("start", "07:30")
                        .param("end", "09:00")
                        .param("title", "Chào cờ đầu tuần; họp giao ban")
                        .param("place", "Sân trường, phòng họp số 1")
                        .param("participants", "Ban giám hiệu, tổ trưởng chuyên môn")
                        .param("preparedBy", "Văn phòng")
                        .param("notes", "Trang phục chỉnh tề"))
                .andExpect(flash().attribute("notice", "calendar.added"));
        mvc.perform(post("/calendars/" + head.id() + "/events")
                        .with(asSchool)
                        .with(csrf())
                        .param("day", monday.plusDays(2).toString())
                        .param("start", "14:00")
                        .param("end", "13:00")
                        .param("title", "Sai giờ"))
                .andExpect(flash().attribute("error", "Giờ kết thúc phải sau giờ bắt đầu."));
        String week = page("/calendars/" + head.id() + "?week=" + monday.plusDays(3), asSchool);
        assertThat(week)
                .contains("Thứ Hai", "Chủ nhật", "07:30 – 09:00", "Chào cờ đầu tuần; họp giao ban", "Sân trường")
                .contains("Ban giám hiệu, tổ trưởng chuyên môn", "Văn phòng", "/lich/" + head.feedToken() + ".ics")
                .doesNotContain("Sai giờ");

        long eventId =
                calendars.events(head.id(), monday, monday.plusDays(7)).get(0).id();
        String form = page("/calendars/" + head.id() + "?week=" + monday + "&edit=" + eventId, asSchool);
        assertThat(form)
                .contains("Sửa lịch", "/calendars/" + head.id() + "/events/" + eventId + "\"")
                .contains("value=\"07:30\"", "value=\"09:00\"", "value=\"Chào cờ đầu tuần; họp giao ban\"");
        mvc.perform(post("/calendars/" + head.id() + "/events/" + eventId)
                        .with(asSchool)
                        .with(csrf())
                        .param("day", monday.toString())
                        .param("start", "08:00")
                        .param("end", "09:30")
                        .param("title", "Chào cờ đầu tuần; họp giao ban (lùi giờ)")
                        .param("place", "Hội trường"))
                .andExpect(flash().attribute("notice", "calendar.changed"));
        assertThat(page("/calendars/" + head.id() + "?week=" + monday, asSchool))
                .contains("08:00 – 09:30", "(lùi giờ)", "Hội trường")
                .doesNotContain("07:30 – 09:00");

        var other = units.school("Trường Tiểu học Chiềng Ngần", "Hoàng Văn Nam");
        units.activate(other.account());
        mvc.perform(get("/calendars/" + head.id())
                        .with(user(other.account().username()).roles("UNIT")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/calendars/" + head.id() + "/events")
                        .with(user(other.account().username()).roles("UNIT"))
                        .with(csrf())
                        .param("day", monday.toString())
                        .param("start", "08:00")
                        .param("title", "Không được"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/calendars/" + head.id() + "/events/" + eventId)
                        .with(user(other.account().username()).roles("UNIT"))
                        .with(csrf())
                        .param("day", monday.toString())
                        .param("start", "08:00")
                        .param("title", "Không được sửa"))
                .andExpect(status().isForbidden());
    }

    @Test
    void servesAnICalendarFeedThatAStandardParserReads() throws Exception {
        calendars.add(
                head.id(),
                new NewCalendarEvent(
                        monday,
                        LocalTime.of(7, 30),
                        LocalTime.of(9, 0),
                        "Họp Hội đồng sư phạm, triển khai nhiệm vụ tháng 12; đánh giá thi đua",
                        "Phòng họp, tầng 2",
                        "Toàn thể cán bộ, giáo viên, nhân viên nhà trường (trừ giáo viên đang coi thi học kỳ I)",
                        "Đ/c Phó Hiệu trưởng\\Văn phòng",
                        "Dòng một\nDòng hai"),
                "test");
        calendars.add(
                head.id(),
                new NewCalendarEvent(
                        monday.plusDays(4), LocalTime.of(14, 0), null, "Dự giờ lớp 9A", null, null, null, null),
                "test");

        String feed = mvc.perform(get("/lich/" + head.feedToken() + ".ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        for (String line : feed.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(feed).contains("BEGIN:VTIMEZONE", "TZID:Asia/Ho_Chi_Minh").doesNotContain("\r\n\r\n");
        assertThat(feed.replace("\r\n", "")).doesNotContainPattern("[^\r]\n");

        var calendar = new CalendarBuilder().build(new StringReader(feed));
        var validation = calendar.validate();
        assertThat(validation.hasErrors())
                .as(validation.getEntries().toString())
                .isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent meeting = events.stream()
                .filter(e -> value(e, Property.SUMMARY).startsWith("Họp"))
                .findFirst()
                .orElseThrow();
        assertThat(value(meeting, Property.SUMMARY))
                .isEqualTo("Họp Hội đồng sư phạm, triển khai nhiệm vụ tháng 12; đánh giá thi đua");
        assertThat(value(meeting, Property.LOCATION)).isEqualTo("Phòng họp, tầng 2");
        assertThat(value(meeting, Property.DESCRIPTION))
                .isEqualTo("Thành phần: Toàn thể cán bộ, giáo viên, nhân viên nhà trường (trừ giáo viên đang coi thi"
                        + " học kỳ I)\nChuẩn bị: Đ/c Phó Hiệu trưởng\\Văn phòng\nGhi chú: Dòng một\nDòng hai");
        DtStart<?> start =
                meeting.getProperty(Property.DTSTART).map(p -> (DtStart<?>) p).orElseThrow();
        assertThat(ZonedDateTime.from(start.getDate()).toInstant())
                .isEqualTo(monday.atTime(7, 30).atZone(VIETNAM).toInstant());

        mvc.perform(get("/lich/khong-co-lich-nay-0123456789abcdef.ics")).andExpect(status().isNotFound());
        WorkCalendar renewed = calendars.renewFeedToken(head.id());
        mvc.perform(get("/lich/" + head.feedToken() + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/lich/" + renewed.feedToken() + ".ics")).andExpect(status().isOk());
    }

    @Test
    void printsTheWeekAndMailsItToTheStaffOncePerWeek() throws Exception {
        WorkCalendar unit = calendars.of(school.organization().id()).stream()
                .filter(c -> c.kind() == CalendarKind.UNIT)
                .findFirst()
                .orElseThrow();
        calendars.add(
                unit.id(),
                new NewCalendarEvent(
                        monday.plusDays(1),
                        LocalTime.of(8, 0),
                        LocalTime.of(11, 0),
                        "Kiểm tra nề nếp các lớp",
                        "Các phòng học",
                        "Đội Thiếu niên",
                        "Tổng phụ trách Đội",
                        null),
                "test");
        byte[] pdf = mvc.perform(get("/calendars/" + unit.id() + "/print.pdf?week=" + monday)
                        .with(asSchool))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertThat(text).contains("LỊCH CÔNG TÁC TUẦN", "Kiểm tra nề nếp các lớp", "Thứ Ba", "08h00", "11h00");
        }

        IssuedCredentials teacher = units.staff(school.organization().id(), "Điêu Thị Xuân", Role.CLERK);
        String teacherEmail = vn.vanthu.support.Units.code("gv").toLowerCase() + "@chiengsinh.edu.vn";
        accounts.updateProfile(teacher.accountId(), "Điêu Thị Xuân", null, teacherEmail, "test");
        // Friday before the week, 14:00: not yet; 15:05: the week goes out, once.
        LocalDate friday = monday.minusDays(3);
        clock.setTo(friday.atTime(14, 0).atZone(VIETNAM).toInstant());
        publisher.publishDue();
        assertThat(mailsTo(teacherEmail)).isEmpty();
        clock.setTo(friday.atTime(15, 5).atZone(VIETNAM).toInstant());
        publisher.publishDue();
        publisher.publishDue();
        assertThat(mailsTo(teacherEmail)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains("Lịch công tác của Trường THCS Chiềng Sinh", "tuần");
            assertThat(mail.text()).contains("THỨ BA", "08h00 – 11h00: Kiểm tra nề nếp các lớp");
            assertThat(mail.attachments())
                    .singleElement()
                    .satisfies(a -> assertThat(a.mediaType()).isEqualTo("application/pdf"));
        });
        // The school's official address (its unit account's) may be a mailbox a gateway polls: never written to.
        assertThat(mailsTo(school.organization().primaryEmail())).isEmpty();
    }

    private List<OutgoingMail> mailsTo(String address) {
        return jdbc
                .sql("SELECT spec FROM outbound_mail WHERE recipient = ? AND kind = 'CALENDAR_WEEK'")
                .param(address)
                .query(String.class)
                .list()
                .stream()
                .map(spec -> json.readValue(spec, OutgoingMail.class))
                .toList();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private String page(String path, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(path).with(as))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
