package vn.vanthu.distribution.internal;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.distribution.Circulars;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.distribution.IssuedCircular;
import vn.vanthu.distribution.MetadataOverrides;
import vn.vanthu.distribution.NewCircular;
import vn.vanthu.distribution.UploadedFile;
import vn.vanthu.registry.DocumentNotFoundException;
import vn.vanthu.registry.DocumentRegistry;

/**
 * {@code POST /api/documents/outgoing} and {@code GET /api/documents/{id}/deliveries} of the outside contract.
 */
@RestController
class DistributionApiController {

    private final Circulars circulars;
    private final DeliveryBook deliveries;
    private final DocumentRegistry registry;
    private final CurrentAccount current;
    private final AccessPolicy access;
    private final JsonMapper json;

    DistributionApiController(
            Circulars circulars,
            DeliveryBook deliveries,
            DocumentRegistry registry,
            CurrentAccount current,
            AccessPolicy access,
            JsonMapper json) {
        this.circulars = circulars;
        this.deliveries = deliveries;
        this.registry = registry;
        this.current = current;
        this.access = access;
        this.json = json;
    }

    /** One recipient's line on the board, with the contract's keys. */
    record DeliveryLine(
            long organizationId,
            String email,
            String status,
            OffsetDateTime sentAt,
            OffsetDateTime confirmedAt,
            String confirmedVia) {

        static DeliveryLine of(Delivery d) {
            return new DeliveryLine(
                    d.organizationId(),
                    d.email(),
                    d.status().name(),
                    d.sentAt(),
                    d.confirmedAt(),
                    d.confirmedVia() == null ? null : d.confirmedVia().name());
        }
    }

    /** The answer to an issue. */
    record Issued(
            long id, Integer registerNumber, String codeNumber, String codeNotation, List<DeliveryLine> deliveries) {}

    @PostMapping(path = "/api/documents/outgoing", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Issued issue(
            @RequestPart("file") MultipartFile file,
            @RequestPart(name = "metadata", required = false) String metadata,
            @RequestParam(name = "recipients", required = false) List<Long> recipients,
            @RequestParam(name = "unit", required = false) String unit)
            throws IOException {
        Account caller = current.get();
        MetadataOverrides overrides =
                metadata == null || metadata.isBlank() ? MetadataOverrides.none() : MetadataJson.read(json, metadata);
        IssuedCircular issued = circulars.issue(new NewCircular(
                caller.organizationId(),
                caller.username(),
                new UploadedFile(file.getOriginalFilename(), file.getContentType(), file.getBytes()),
                overrides,
                unit,
                recipients));
        var document = issued.document();
        return new Issued(
                document.id(),
                document.registerNumber(),
                document.codeNumber(),
                document.codeNotation(),
                issued.deliveries().stream().map(DeliveryLine::of).toList());
    }

    @GetMapping("/api/documents/{id}/deliveries")
    List<DeliveryLine> deliveries(@PathVariable long id) {
        var document = registry.find(id)
                .orElseThrow(() -> new DocumentNotFoundException(id))
                .summary();
        if (!access.maySee(current.get(), document.organizationId())) {
            throw new DocumentNotFoundException(id);
        }
        return deliveries.ofDocument(id).stream().map(DeliveryLine::of).toList();
    }
}
