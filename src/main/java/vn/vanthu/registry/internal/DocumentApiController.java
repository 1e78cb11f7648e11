package vn.vanthu.registry.internal;

import java.io.IOException;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentDetails;
import vn.vanthu.registry.DocumentFile;
import vn.vanthu.registry.DocumentNotFoundException;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.storage.BlobStore;

/** {@code GET /api/documents…} of the outside contract: register entries and documents the caller may see. */
@RestController
@RequestMapping("/api/documents")
class DocumentApiController {

    private final DocumentRegistry registry;
    private final CurrentAccount current;
    private final AccessPolicy access;
    private final BlobStore blobs;

    DocumentApiController(DocumentRegistry registry, CurrentAccount current, AccessPolicy access, BlobStore blobs) {
        this.registry = registry;
        this.current = current;
        this.access = access;
        this.blobs = blobs;
    }

    @GetMapping
    List<DocumentJson.Line> list(
            @RequestParam(defaultValue = "INCOMING") Direction direction,
            @RequestParam(required = false) Long organizationId) {
        Account caller = current.get();
        long organization = organizationId == null ? caller.organizationId() : organizationId;
        access.checkMaySee(caller, organization);
        return registry.list(organization, direction).stream()
                .map(DocumentJson.Line::of)
                .toList();
    }

    @GetMapping("/{id}")
    DocumentJson.Details get(@PathVariable long id) {
        return DocumentJson.Details.of(visible(id));
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
        DocumentFile file = visible(id).files().stream()
                .filter(f -> f.id() == fileId)
                .findFirst()
                .orElseThrow(() -> new DocumentNotFoundException(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(blobs.open(file.sha256())));
    }

    private DocumentDetails visible(long id) {
        DocumentDetails details = registry.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
        Account caller = current.get();
        if (!access.maySee(caller, details.summary().organizationId())) {
            // Same answer as a missing document: do not tell outsiders which ids exist.
            throw new DocumentNotFoundException(id);
        }
        return details;
    }
}
