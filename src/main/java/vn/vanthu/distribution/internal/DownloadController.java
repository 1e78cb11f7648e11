package vn.vanthu.distribution.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.distribution.SignedLinks;
import vn.vanthu.registry.DocumentFile;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.storage.BlobStore;

/** Serves a delivery's document through the signed download link sent instead of a large attachment. */
@Controller
class DownloadController {

    private final SignedLinks links;
    private final DeliveryBook deliveries;
    private final DocumentRegistry registry;
    private final BlobStore blobs;

    DownloadController(SignedLinks links, DeliveryBook deliveries, DocumentRegistry registry, BlobStore blobs) {
        this.links = links;
        this.deliveries = deliveries;
        this.registry = registry;
        this.blobs = blobs;
    }

    @GetMapping("/tai-ve/{token}")
    ResponseEntity<?> download(
            @PathVariable String token, @RequestParam("e") long expires, @RequestParam("s") String signature)
            throws IOException {
        if (!links.verify(SignedLinks.Purpose.DOWNLOAD, token, expires, signature)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body("Liên kết không hợp lệ hoặc đã hết hạn.");
        }
        Delivery delivery = deliveries.findByToken(token).orElseThrow();
        DocumentFile file = registry.find(delivery.documentId()).orElseThrow().files().stream()
                .filter(f -> f.role().equals("ORIGINAL"))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(blobs.open(file.sha256())));
    }
}
