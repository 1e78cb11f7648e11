package vn.vanthu.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.Role;
import vn.vanthu.calendar.CalendarWeek;
import vn.vanthu.calendar.NewCalendarEvent;
import vn.vanthu.calendar.WorkCalendar;
import vn.vanthu.calendar.WorkCalendars;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;

/**
 * Lịch công tác: an organization's two calendars, the week view (one column on a phone), entering and removing
 * events, printing the week, publishing it now, and the subscription address of the feed.
 */
@Controller
class CalendarController {

    static final String LIST = "calendar/list";
    static final String WEEK = "calendar/week";

    private final WorkCalendars calendars;
    private final CalendarSheets sheets;
    private final WeeklyPublisher publisher;
    private final CurrentAccount current;
    private final AccessPolicy access;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    CalendarController(
            WorkCalendars calendars,
            CalendarSheets sheets,
            WeeklyPublisher publisher,
            CurrentAccount current,
            AccessPolicy access,
            OrganizationDirectory organizations,
            Clock clock) {
        this.calendars = calendars;
        this.sheets = sheets;
        this.publisher = publisher;
        this.current = current;
        this.access = access;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/calendars")
    String list(@RequestParam(required = false) Long organizationId, Model model) {
        Account caller = current.get();
        long id = organizationId == null ? caller.organizationId() : organizationId;
        access.checkMaySee(caller, id);
        List<Organization> visible = access.visibleOrganizations(caller);
        model.addAttribute("organization", organizations.find(id).orElseThrow());
        model.addAttribute("organizations", visible.size() > 1 ? visible : List.of());
        model.addAttribute("calendars", calendars.of(id));
        return LIST;
    }

    @GetMapping("/calendars/{id}")
    String week(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            @RequestParam(required = false) Long edit,
            Model model) {
        Account caller = current.get();
        WorkCalendar calendar = visible(id, caller);
        LocalDate day = week == null ? LocalDate.now(clock) : week;
        CalendarWeek shown = calendars.week(id, day);
        if (edit != null && mayEdit(caller, calendar)) {
            // The event form, filled with the event being changed.
            shown.days().stream()
                    .flatMap(d -> d.events().stream())
                    .filter(e -> e.id() == edit)
                    .findFirst()
                    .ifPresent(e -> model.addAttribute("editing", e));
        }
        model.addAttribute("calendar", calendar);
        model.addAttribute(
                "organization", organizations.find(calendar.organizationId()).orElseThrow());
        model.addAttribute("week", shown);
        model.addAttribute("previous", shown.monday().minusWeeks(1));
        model.addAttribute("next", shown.monday().plusWeeks(1));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayEdit", mayEdit(caller, calendar));
        model.addAttribute(
                "feedUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/lich/" + calendar.feedToken() + ".ics")
                        .toUriString());
        return WEEK;
    }

    @PostMapping("/calendars/{id}/events")
    String add(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime end,
            @RequestParam String title,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String participants,
            @RequestParam(required = false) String preparedBy,
            @RequestParam(required = false) String notes,
            RedirectAttributes redirect) {
        Account caller = editable(id);
        try {
            calendars.add(
                    id,
                    new NewCalendarEvent(day, start, end, title, place, participants, preparedBy, notes),
                    current.actorOf(caller));
            redirect.addFlashAttribute("notice", "calendar.added");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/calendars/" + id + "?week=" + day;
    }

    @PostMapping("/calendars/{id}/events/{eventId}")
    String change(
            @PathVariable long id,
            @PathVariable long eventId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime end,
            @RequestParam String title,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String participants,
            @RequestParam(required = false) String preparedBy,
            @RequestParam(required = false) String notes,
            RedirectAttributes redirect) {
        editable(id);
        try {
            calendars.change(
                    id, eventId, new NewCalendarEvent(day, start, end, title, place, participants, preparedBy, notes));
            redirect.addFlashAttribute("notice", "calendar.changed");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/calendars/" + id + "?week=" + day;
    }

    @PostMapping("/calendars/{id}/events/{eventId}/delete")
    String remove(
            @PathVariable long id,
            @PathVariable long eventId,
            @RequestParam(required = false) String week,
            RedirectAttributes redirect) {
        editable(id);
        calendars.remove(id, eventId);
        redirect.addFlashAttribute("notice", "calendar.removed");
        return "redirect:/calendars/" + id + (week == null ? "" : "?week=" + week);
    }

    @PostMapping("/calendars/{id}/publish")
    String publish(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            RedirectAttributes redirect) {
        editable(id);
        WorkCalendar calendar = calendars.find(id).orElseThrow();
        int sent = publisher.publish(calendar, WorkCalendars.mondayOf(week));
        redirect.addFlashAttribute("notice", sent > 0 ? "calendar.published" : "calendar.notPublished");
        return "redirect:/calendars/" + id + "?week=" + week;
    }

    @PostMapping("/calendars/{id}/feed")
    String renewFeed(@PathVariable long id, RedirectAttributes redirect) {
        editable(id);
        calendars.renewFeedToken(id);
        redirect.addFlashAttribute("notice", "calendar.feedRenewed");
        return "redirect:/calendars/" + id;
    }

    @GetMapping("/calendars/{id}/print.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
        WorkCalendar calendar = visible(id, current.get());
        CalendarWeek shown = calendars.week(id, week == null ? LocalDate.now(clock) : week);
        Organization organization =
                organizations.find(calendar.organizationId()).orElseThrow();
        String name =
                "lich-cong-tac-tuan-" + shown.number() + "-" + shown.monday().getYear() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(sheets.pdf(organization.name(), shown));
    }

    private WorkCalendar visible(long id, Account caller) {
        WorkCalendar calendar = calendars.find(id).orElseThrow(() -> new AccessDeniedException("Không có lịch này."));
        access.checkMaySee(caller, calendar.organizationId());
        return calendar;
    }

    private Account editable(long id) {
        Account caller = current.get();
        if (!mayEdit(caller, visible(id, caller))) {
            throw new AccessDeniedException("Không có quyền sửa lịch công tác này.");
        }
        return caller;
    }

    /** The organization's own clerk, leaders and unit account (with its delegate) keep its calendars. */
    static boolean mayEdit(Account caller, WorkCalendar calendar) {
        return caller.role() == Role.ADMIN || caller.organizationId() == calendar.organizationId();
    }
}
