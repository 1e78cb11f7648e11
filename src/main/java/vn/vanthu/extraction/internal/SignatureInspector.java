package vn.vanthu.extraction.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import vn.vanthu.extraction.PdfSignature;

/**
 * Inspects the digital signatures of a PDF: signer certificate, signing time, whether the signed byte range
 * reaches the end of the file, whether the CMS signature verifies over those bytes, and the text of the
 * signature's visible appearance ("Người ký: … Thời gian ký: …"). Trust in the certificate chain is not
 * judged here: that needs the national CA list.
 */
final class SignatureInspector {

    private SignatureInspector() {}

    static List<PdfSignature> inspect(PDDocument document, byte[] file) {
        List<PdfSignature> out = new ArrayList<>();
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return out;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signatureField && signatureField.getSignature() != null) {
                out.add(inspect(signatureField, signatureField.getSignature(), file));
            }
        }
        return out;
    }

    private static PdfSignature inspect(PDSignatureField field, PDSignature signature, byte[] file) {
        int[] range = signature.getByteRange();
        boolean whole =
                range != null && range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == file.length;
        String subject = null;
        String issuer = null;
        Instant signedAt =
                signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        boolean verified = false;
        try {
            byte[] contents = signature.getContents(file);
            byte[] signed = signature.getSignedContent(file);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
                if (certs.isEmpty()) {
                    continue;
                }
                X509Certificate cert = new JcaX509CertificateConverter()
                        .getCertificate(certs.iterator().next());
                subject = cert.getSubjectX500Principal().getName();
                issuer = cert.getIssuerX500Principal().getName();
                signedAt = signingTime(signer, signedAt);
                verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
                break;
            }
        } catch (Exception e) {
            verified = false;
        }
        return new PdfSignature(
                subject, issuer, signedAt, whole, verified && whole || verified && range != null, appearance(field));
    }

    private static Instant signingTime(SignerInformation signer, Instant fallback) {
        if (signer.getSignedAttributes() == null) {
            return fallback;
        }
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return fallback;
        }
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0))
                .getDate()
                .toInstant();
    }

    /** The text drawn by the signature widget's normal appearance, or null. */
    static String appearance(PDSignatureField field) {
        for (PDAnnotationWidget widget : field.getWidgets()) {
            if (widget.getAppearance() == null || widget.getAppearance().getNormalAppearance() == null) {
                continue;
            }
            PDAppearanceStream stream =
                    widget.getAppearance().getNormalAppearance().getAppearanceStream();
            if (stream == null) {
                continue;
            }
            String text = textOf(stream);
            if (text != null && !text.isBlank()) {
                return VietText.collapse(text.replace('\n', ' ').replace('\r', ' '))
                                .isEmpty()
                        ? null
                        : text.strip();
            }
        }
        return null;
    }

    /** Draws the appearance form on a scratch page and reads the text back, fonts and encodings included. */
    private static String textOf(PDFormXObject form) {
        PDRectangle box = form.getBBox() == null ? PDRectangle.A4 : form.getBBox();
        try (PDDocument scratch = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(
                    box.getLowerLeftX(),
                    box.getLowerLeftY(),
                    Math.max(box.getWidth(), 1),
                    Math.max(box.getHeight(), 1)));
            scratch.addPage(page);
            PDResources resources = new PDResources();
            COSName name = resources.add(form);
            page.setResources(resources);
            try (PDPageContentStream content = new PDPageContentStream(scratch, page)) {
                content.drawForm(form);
            }
            return new PDFTextStripper().getText(scratch);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
