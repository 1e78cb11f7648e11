package vn.vanthu.distribution.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vanthu.distribution.MetadataOverrides;
import vn.vanthu.extraction.DocumentMetadata;

/** The fields a clerk checks before issuing, pre-filled by the reader; bound from the draft page's form. */
class OutgoingForm {

    String draftId;
    String documentType;
    String subject;
    String promulgationPlace;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate promulgationDate;

    String organization;
    String parentOrganization;
    String toPlaces;
    String signerCompetence;
    String signerPosition;
    String signerFullName;
    int priority;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate dueDate;

    String unit;
    List<Long> recipients;
    List<Long> groups;
    boolean allBelow;

    static OutgoingForm of(String draftId, DocumentMetadata m) {
        OutgoingForm form = new OutgoingForm();
        form.draftId = draftId;
        form.documentType = m.documentType() == null ? "Công văn" : m.documentType();
        form.subject = m.subject();
        form.promulgationPlace = m.promulgationPlace();
        form.promulgationDate = m.promulgationDate();
        form.organization = m.organization();
        form.parentOrganization = m.parentOrganization();
        form.toPlaces = String.join("\n", m.toPlaces());
        form.signerCompetence = m.signer().competence();
        form.signerPosition = m.signer().position();
        form.signerFullName = m.signer().fullName();
        form.priority = m.priority();
        form.dueDate = m.dueDate();
        return form;
    }

    MetadataOverrides overrides() {
        List<String> places = toPlaces == null
                ? List.of()
                : Arrays.stream(toPlaces.split("\\R"))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList();
        return new MetadataOverrides(
                blank(documentType),
                null,
                blank(promulgationPlace),
                promulgationDate,
                blank(organization),
                blank(parentOrganization),
                blank(subject),
                places,
                null,
                blank(signerCompetence),
                blank(signerPosition),
                blank(signerFullName),
                priority,
                dueDate);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // Accessors for Spring's data binder and Thymeleaf.
    public String getDraftId() {
        return draftId;
    }

    public void setDraftId(String v) {
        draftId = v;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String v) {
        documentType = v;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String v) {
        subject = v;
    }

    public String getPromulgationPlace() {
        return promulgationPlace;
    }

    public void setPromulgationPlace(String v) {
        promulgationPlace = v;
    }

    public LocalDate getPromulgationDate() {
        return promulgationDate;
    }

    public void setPromulgationDate(LocalDate v) {
        promulgationDate = v;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String v) {
        organization = v;
    }

    public String getParentOrganization() {
        return parentOrganization;
    }

    public void setParentOrganization(String v) {
        parentOrganization = v;
    }

    public String getToPlaces() {
        return toPlaces;
    }

    public void setToPlaces(String v) {
        toPlaces = v;
    }

    public String getSignerCompetence() {
        return signerCompetence;
    }

    public void setSignerCompetence(String v) {
        signerCompetence = v;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public void setSignerPosition(String v) {
        signerPosition = v;
    }

    public String getSignerFullName() {
        return signerFullName;
    }

    public void setSignerFullName(String v) {
        signerFullName = v;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int v) {
        priority = v;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate v) {
        dueDate = v;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String v) {
        unit = v;
    }

    public List<Long> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<Long> v) {
        recipients = v;
    }

    public List<Long> getGroups() {
        return groups;
    }

    public void setGroups(List<Long> v) {
        groups = v;
    }

    public boolean isAllBelow() {
        return allBelow;
    }

    public void setAllBelow(boolean v) {
        allBelow = v;
    }
}
