package vn.vanthu.handling.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.handling.Assignee;
import vn.vanthu.handling.AssigneePart;
import vn.vanthu.handling.Assignment;
import vn.vanthu.handling.Assignments;
import vn.vanthu.handling.Completion;
import vn.vanthu.handling.NewAssignment;
import vn.vanthu.registry.DocumentDetails;
import vn.vanthu.registry.DocumentFile;
import vn.vanthu.registry.DocumentNotFoundException;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.storage.BlobStore;

/**
 * Phân công, xử lý: a document's assignment (lead, co-operating, deadline, directive), its progress (đang xử lý,
 * đã xử lý with the reply's number and symbol), a new deadline, and the refusal of a pending document (02).
 */
@Controller
@RequestMapping("/documents/{id}/handling")
class HandlingController {

    static final String VIEW = "handling/document";

    private final Assignments assignments;
    private final DocumentRegistry registry;
    private final CurrentAccount current;
    private final HandlingAccess access;
    private final AssigneeChoices choices;
    private final BlobStore blobs;
    private final java.time.Clock clock;

    HandlingController(
            Assignments assignments,
            DocumentRegistry registry,
            CurrentAccount current,
            HandlingAccess access,
            AssigneeChoices choices,
            BlobStore blobs,
            java.time.Clock clock) {
        this.clock = clock;
        this.assignments = assignments;
        this.registry = registry;
        this.current = current;
        this.access = access;
        this.choices = choices;
        this.blobs = blobs;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        Account caller = current.get();
        DocumentDetails document = visible(id, caller);
        Assignment assignment = assignments.find(id).orElse(null);
        model.addAttribute("document", document);
        model.addAttribute("s", document.summary());
        model.addAttribute("assignment", assignment);
        model.addAttribute("mayAssign", access.mayAssign(caller, document.summary()));
        model.addAttribute("mayReport", access.mayReport(caller, document.summary(), assignment));
        model.addAttribute("mayRefuse", access.mayRefuse(caller, document.summary()));
        model.addAttribute("choices", choices.of(document.summary().organizationId()));
        model.addAttribute("today", LocalDate.now(clock));
        return VIEW;
    }

    @PostMapping("/assign")
    String assign(
            @PathVariable long id,
            @RequestParam(required = false) String lead,
            @RequestParam(required = false) String leadName,
            @RequestParam(required = false) List<String> cooperating,
            @RequestParam(required = false) String cooperatingNames,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) String directive,
            RedirectAttributes redirect) {
        Account caller = current.get();
        DocumentDetails document = visible(id, caller);
        if (!access.mayAssign(caller, document.summary())) {
            throw new AccessDeniedException("Không có quyền phân công văn bản này.");
        }
        long organizationId = document.summary().organizationId();
        return act(id, redirect, "handling.assigned", () -> {
            Assignee chief = choices.parse(organizationId, AssigneePart.LEAD, lead)
                    .or(() -> choices.parse(organizationId, AssigneePart.LEAD, leadName))
                    .orElseThrow(() -> new IllegalArgumentException("Cần chọn đơn vị hoặc người chủ trì."));
            List<Assignee> others = new ArrayList<>();
            for (String value : cooperating == null ? List.<String>of() : cooperating) {
                choices.parse(organizationId, AssigneePart.COOPERATING, value).ifPresent(others::add);
            }
            for (String name : AssigneeChoices.names(cooperatingNames)) {
                others.add(new Assignee(AssigneePart.COOPERATING, null, null, name));
            }
            assignments.assign(
                    id, new NewAssignment(chief, others, deadline, directive), current.actorOf(caller), caller.id());
        });
    }

    @PostMapping("/start")
    String start(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        reporter(id);
        return act(id, redirect, "handling.started", () -> assignments.start(id, current.actor(), blank(note)));
    }

    @PostMapping("/complete")
    String complete(
            @PathVariable long id,
            @RequestParam(required = false) String replyCodeNumber,
            @RequestParam(required = false) String replyCodeNotation,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        reporter(id);
        return act(
                id,
                redirect,
                "handling.completed",
                () -> assignments.complete(
                        id, new Completion(replyCodeNumber, replyCodeNotation, note), current.actor()));
    }

    @PostMapping("/deadline")
    String deadline(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            RedirectAttributes redirect) {
        Account caller = current.get();
        if (!access.mayAssign(caller, visible(id, caller).summary())) {
            throw new AccessDeniedException("Không có quyền gia hạn văn bản này.");
        }
        return act(id, redirect, "handling.rescheduled", () -> assignments.reschedule(id, deadline, current.actor()));
    }

    @PostMapping("/refuse")
    String refuse(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        Account caller = current.get();
        if (!access.mayRefuse(caller, visible(id, caller).summary())) {
            throw new AccessDeniedException("Không có quyền trả lại văn bản này.");
        }
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("error", "Cần ghi lý do trả lại.");
            return "redirect:/documents/" + id + "/handling";
        }
        return act(id, redirect, "handling.refused", () -> registry.refuse(id, current.actor(), reason.trim()));
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
        DocumentFile file = visible(id, current.get()).files().stream()
                .filter(f -> f.id() == fileId && !"MAIL".equals(f.role()))
                .findFirst()
                .orElseThrow(() -> new DocumentNotFoundException(id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(blobs.open(file.sha256())));
    }

    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/documents/" + id + "/handling";
    }

    private void reporter(long id) {
        Account caller = current.get();
        DocumentDetails document = visible(id, caller);
        if (!access.mayReport(caller, document.summary(), assignments.find(id).orElse(null))) {
            throw new AccessDeniedException("Chỉ người chủ trì hoặc lãnh đạo mới cập nhật được tiến độ.");
        }
    }

    private DocumentDetails visible(long id, Account caller) {
        DocumentDetails document = registry.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
        if (!access.maySee(caller, document.summary(), assignments.find(id).orElse(null))) {
            throw new DocumentNotFoundException(id);
        }
        return document;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
