package vn.vanthu.registry.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.registry.DocumentActions;
import vn.vanthu.registry.DocumentDetails;
import vn.vanthu.registry.DocumentFile;
import vn.vanthu.registry.DocumentNotFoundException;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.storage.BlobStore;

/** The document page (metadata, files, the original e-mail, history, other modules' actions) and its files. */
@Controller
class DocumentController {

    static final String VIEW = "registry/document";

    /** Only these are shown inline: anything else (HTML above all) could run in the application's origin. */
    private static final Set<String> INLINE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif");

    private final DocumentRegistry registry;
    private final CurrentAccount current;
    private final AccessPolicy access;
    private final BlobStore blobs;
    private final List<DocumentActions> extensions;

    DocumentController(
            DocumentRegistry registry,
            CurrentAccount current,
            AccessPolicy access,
            BlobStore blobs,
            List<DocumentActions> extensions) {
        this.registry = registry;
        this.current = current;
        this.access = access;
        this.blobs = blobs;
        this.extensions = List.copyOf(extensions);
    }

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, Model model) {
        DocumentDetails document = visible(id);
        Account caller = current.get();
        model.addAttribute("document", document);
        model.addAttribute("metadata", document.metadata());
        model.addAttribute("preview", previewable(document));
        model.addAttribute(
                "mayRegister", access.mayRegister(caller, document.summary().organizationId()));
        model.addAttribute(
                "actions",
                extensions.stream()
                        .flatMap(extension -> extension.actionsFor(document, caller).stream())
                        .toList());
        return VIEW;
    }

    @GetMapping("/documents/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long fileId) throws IOException {
        return file(id, fileId, false);
    }

    @GetMapping("/documents/{id}/files/{fileId}/inline")
    ResponseEntity<InputStreamResource> inline(@PathVariable long id, @PathVariable long fileId) throws IOException {
        return file(id, fileId, true);
    }

    /** The first file that can be previewed in the page (the PDF of the document), or {@code null}. */
    static DocumentFile previewable(DocumentDetails document) {
        return document.files().stream()
                .filter(f -> INLINE.contains(f.mediaType()))
                .filter(f -> !"MAIL".equals(f.role()))
                .min((a, b) -> Boolean.compare(!"ORIGINAL".equals(a.role()), !"ORIGINAL".equals(b.role())))
                .orElse(null);
    }

    private ResponseEntity<InputStreamResource> file(long id, long fileId, boolean inline) throws IOException {
        DocumentFile file = visible(id).files().stream()
                .filter(f -> f.id() == fileId)
                .findFirst()
                .orElseThrow(() -> new DocumentNotFoundException(id));
        boolean showInline = inline && INLINE.contains(file.mediaType());
        ContentDisposition disposition = (showInline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(new InputStreamResource(blobs.open(file.sha256())));
    }

    private DocumentDetails visible(long id) {
        DocumentDetails details = registry.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
        if (!access.maySee(current.get(), details.summary().organizationId())) {
            // As for a missing document: outsiders do not learn which ids exist.
            throw new DocumentNotFoundException(id);
        }
        return details;
    }
}
