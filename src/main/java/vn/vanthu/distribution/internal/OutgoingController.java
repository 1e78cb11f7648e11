package vn.vanthu.distribution.internal;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.distribution.Circulars;
import vn.vanthu.distribution.IssuedCircular;
import vn.vanthu.distribution.NewCircular;
import vn.vanthu.distribution.ReservedNumber;
import vn.vanthu.distribution.UploadedFile;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.DocumentReader;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.storage.StoredBlob;

/**
 * Creating an outgoing document: upload the file, check the fields the reader pre-filled, pick recipients (units,
 * groups, everything below), issue; or take a number ahead (lấy số trước) and issue it later with its file.
 */
@Controller
class OutgoingController {

    static final String NEW = "distribution/new";
    static final String DRAFT = "distribution/draft";
    private static final String DRAFT_KEY = "outgoing-draft";

    private final DocumentReader reader;
    private final Circulars circulars;
    private final RecipientChoices choices;
    private final BlobStore blobs;
    private final CurrentAccount current;
    private final AccessPolicy access;

    OutgoingController(
            DocumentReader reader,
            Circulars circulars,
            RecipientChoices choices,
            BlobStore blobs,
            CurrentAccount current,
            AccessPolicy access) {
        this.reader = reader;
        this.circulars = circulars;
        this.choices = choices;
        this.blobs = blobs;
        this.current = current;
        this.access = access;
    }

    @GetMapping("/outgoing/new")
    String upload(@RequestParam(required = false) Long reserved, Model model) {
        issuer();
        model.addAttribute("reserved", reserved);
        return NEW;
    }

    @PostMapping("/outgoing/draft")
    String draft(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Long reserved,
            HttpSession session,
            Model model)
            throws IOException {
        Account caller = issuer();
        byte[] content = file.getBytes();
        if (content.length == 0) {
            model.addAttribute("error", "Chưa chọn tệp văn bản hoặc tệp rỗng.");
            return NEW;
        }
        StoredBlob blob = blobs.put(content);
        String name = file.getOriginalFilename() == null ? "van-ban.pdf" : file.getOriginalFilename();
        OutgoingDraft draft =
                new OutgoingDraft(UUID.randomUUID().toString(), name, file.getContentType(), blob.sha256(), reserved);
        session.setAttribute(DRAFT_KEY, draft);
        ExtractedDocument read = reader.read(new DocumentInput(name, name, file.getContentType(), content));
        model.addAttribute("form", OutgoingForm.of(draft.id(), read.metadata()));
        model.addAttribute("read", read);
        return draftPage(caller, draft, model);
    }

    @PostMapping("/outgoing/issue")
    String issue(@ModelAttribute("form") OutgoingForm form, HttpSession session, RedirectAttributes redirect) {
        Account caller = issuer();
        OutgoingDraft draft = (OutgoingDraft) session.getAttribute(DRAFT_KEY);
        if (draft == null || !draft.id().equals(form.draftId)) {
            throw new IllegalStateException("Bản nháp đã hết hạn; xin tải tệp lên lại.");
        }
        var recipients = choices.resolve(caller.organizationId(), form.recipients, form.groups, form.allBelow);
        NewCircular command = new NewCircular(
                caller.organizationId(),
                current.actor(),
                new UploadedFile(draft.fileName(), draft.mediaType(), read(draft)),
                form.overrides(),
                form.unit,
                recipients);
        IssuedCircular issued = draft.reservedDocumentId() == null
                ? circulars.issue(command)
                : circulars.issueReserved(draft.reservedDocumentId(), command);
        session.removeAttribute(DRAFT_KEY);
        redirect.addFlashAttribute("notice", "distribution.issued");
        return "redirect:/documents/" + issued.document().id() + "/distribution";
    }

    @PostMapping("/outgoing/reserve")
    String reserve(
            @RequestParam(defaultValue = "Công văn") String documentType,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String subject,
            RedirectAttributes redirect) {
        Account caller = issuer();
        ReservedNumber reserved =
                circulars.reserve(caller.organizationId(), current.actor(), documentType, unit, subject);
        redirect.addFlashAttribute("notice", "distribution.reserved");
        redirect.addFlashAttribute("reservedNumber", reserved.codeNumber() + "/" + reserved.codeNotation());
        return "redirect:/outgoing/new?reserved=" + reserved.documentId();
    }

    private String draftPage(Account caller, OutgoingDraft draft, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("units", choices.units(caller.organizationId()));
        model.addAttribute("above", choices.above(caller.organizationId()));
        model.addAttribute("groups", choices.groups(caller.organizationId()));
        return DRAFT;
    }

    private byte[] read(OutgoingDraft draft) {
        try {
            return blobs.read(draft.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Account issuer() {
        Account caller = current.get();
        access.checkMayRegister(caller, caller.organizationId());
        return caller;
    }
}
