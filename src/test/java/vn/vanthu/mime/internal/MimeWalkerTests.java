package vn.vanthu.mime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.mime.internal.Mails.part;
import static vn.vanthu.mime.internal.Mails.read;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.MailPart.Disposition;
import vn.vanthu.mime.ParsedMail;

class MimeWalkerTests {

    @Test
    void decodesOutlookEncodedWordsInQuotesSplitInsideACharacter() {
        ParsedMail mail = read("outlook-rfc2047-quoted-name.eml");

        MailPart pdf = part(mail, "Công văn 291 về cập nhật.pdf");
        assertThat(pdf.declaredFileName()).isEqualTo("Công văn 291 về cập nhật.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).isEqualTo(Disposition.ATTACHMENT);
        assertThat(new String(pdf.content(), 0, 5)).isEqualTo("%PDF-");
        assertThat(mail.subject()).isEqualTo("Công văn 291/GD&ĐT về cập nhật");
        assertThat(mail.from().displayName()).isEqualTo("Phòng GD&ĐT Sơn La");
        assertThat(mail.textBody()).startsWith("Kính gửi các trường,\nPhòng GD&ĐT gửi công văn số 291");
        assertThat(mail.htmlBody()).contains("<p>Kính gửi các trường,</p>");
        assertThat(mail.parts()).hasSize(1);
        assertThat(mail.problems()).isEmpty();
    }

    @Test
    void decodesRfc2231FileNames() {
        ParsedMail mail = read("gmail-rfc2231-filename.eml");

        MailPart pdf = part(mail, "Công văn 291 về cập nhật.pdf");
        assertThat(pdf.path()).isEqualTo("2");
        assertThat(pdf.contentId()).isEqualTo("f_lx1");
        MailPart logo = part(mail, "logo.png");
        assertThat(logo.path()).isEqualTo("1.2");
        assertThat(logo.disposition()).isEqualTo(Disposition.INLINE);
        assertThat(logo.contentId()).isEqualTo("ii_logo01");
        assertThat(mail.from().displayName()).isEqualTo("Trường THCS Tô Hiếu");
        assertThat(mail.textBody()).startsWith("Dạ em gửi công văn ạ.");
    }

    @Test
    void joinsRfc2231ContinuationsAndSniffsDocx() {
        ParsedMail mail = read("thunderbird-rfc2231-continuations.eml");

        MailPart docx = mail.parts().get(0);
        assertThat(docx.fileName())
                .isEqualTo("Kế hoạch số 12 năm học 2024-2025 của Phòng Giáo dục và Đào tạo thành phố.docx");
        assertThat(docx.mediaType()).isEqualTo(MediaTypes.DOCX);
        assertThat(mail.to().get(0).displayName()).isEqualTo("Văn thư trường");
    }

    @Test
    void readsRawEightBitUtf8Headers() {
        ParsedMail mail = read("raw-utf8-headers.eml");

        assertThat(mail.subject()).isEqualTo("Báo cáo số 05/BC-MN về tuyển sinh");
        assertThat(mail.from().displayName()).isEqualTo("Trường Mầm non Hoa Ban");
        assertThat(part(mail, "Báo cáo tuyển sinh.pdf").mediaType()).isEqualTo("application/pdf");
        assertThat(mail.headers().first("subject")).isEqualTo("Báo cáo số 05/BC-MN về tuyển sinh");
    }

    @Test
    void readsWindows1258TextAsComposedUnicode() {
        ParsedMail mail = read("windows-1258-letter.eml");

        assertThat(mail.textBody()).contains("Độc lập - Tự do - Hạnh phúc", "Sơn La, ngày 04 tháng 10 năm 2017");
        assertThat(Normalizer.isNormalized(mail.textBody(), Normalizer.Form.NFC))
                .isTrue();
        assertThat(mail.subject()).isEqualTo("Công văn");
    }

    @Test
    void prefersValidUtf8OverAnIso88591Label() {
        ParsedMail mail = read("utf8-mislabelled-latin1.eml");

        assertThat(mail.textBody()).isEqualTo("Trường Tiểu học Chiềng Lề báo cáo số liệu học sinh.");
        assertThat(mail.problems()).anyMatch(p -> p.contains("ISO-8859-1") && p.contains("UTF-8"));
        assertThat(part(mail, "ghi-chu.txt").disposition()).isEqualTo(Disposition.ATTACHMENT);
    }

    @Test
    void readsUndeclaredEightBitTextAsWindows1258() {
        assertThat(read("undeclared-windows-1258.eml").textBody())
                .isEqualTo("Thông báo lịch họp Hội đồng sư phạm tháng 2.\n");
    }

    @Test
    void walksForwardedMessagesIntoPartsAndNested() {
        ParsedMail mail = read("forwarded-rfc822.eml");

        assertThat(mail.textBody()).isEqualTo("Chuyển các trường thực hiện.");
        assertThat(mail.parts()).extracting(MailPart::path).containsExactly("2.2");
        assertThat(mail.nested()).hasSize(1);
        ParsedMail forwarded = mail.nested().get(0);
        assertThat(forwarded.subject()).isEqualTo("Công văn 4144/SGDĐT-VP");
        assertThat(forwarded.from().address()).isEqualTo("sogddt@sonla.gov.vn");
        assertThat(forwarded.textBody()).isEqualTo("Sở GD&ĐT gửi công văn 4144.");
        assertThat(forwarded.parts()).containsExactlyElementsOf(mail.parts());
    }

    @Test
    void readsDigestPartsAsMessages() {
        ParsedMail mail = read("digest.eml");

        assertThat(mail.nested()).extracting(ParsedMail::subject).containsExactly("One", "Two");
        assertThat(mail.nested().get(0).textBody()).isEqualTo("First message.");
        assertThat(part(mail, "two.pdf").path()).isEqualTo("2.2");
    }

    @Test
    void extractsTheFilesOfAWinmailDat() {
        ParsedMail mail = read("outlook-winmail-dat.eml");

        assertThat(mail.parts())
                .extracting(MailPart::fileName)
                .containsExactly("winmail.dat", "CV15UBND.pdf", "PhuLuc.doc");
        assertThat(part(mail, "CV15UBND.pdf").path()).isEqualTo("2.t1");
        assertThat(part(mail, "CV15UBND.pdf").mediaType()).isEqualTo("application/pdf");
        assertThat(part(mail, "PhuLuc.doc").mediaType()).isEqualTo("application/msword");
        assertThat(mail.subject()).isEqualTo("Công văn 15/UBND");
    }

    @Test
    void keepsAnUnreadableWinmailDatAsAPart() {
        ParsedMail mail = read("outlook-broken-winmail-dat.eml");

        assertThat(mail.parts()).extracting(MailPart::fileName).containsExactly("winmail.dat");
        assertThat(mail.problems()).anyMatch(p -> p.contains("TNEF"));
    }

    @Test
    void namesDuplicateAndMissingFiles() {
        ParsedMail mail = read("duplicate-and-missing-names.eml");

        assertThat(mail.parts())
                .extracting(MailPart::fileName)
                .containsExactly(
                        "CongVan.pdf",
                        "congvan (2).PDF",
                        "tep-dinh-kem-1.pdf",
                        "tep-dinh-kem-2.bin",
                        "CongVan (3).pdf");
        assertThat(mail.parts().get(2).declaredFileName()).isNull();
        assertThat(mail.parts().get(4).mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void stripsDirectoriesAndUnsafeCharactersFromFileNames() {
        ParsedMail mail = read("path-traversal-names.eml");

        assertThat(mail.parts())
                .extracting(MailPart::fileName)
                .startsWith("passwd", "cv.pdf", "Ke hoach.docx", "bad_name____.txt", "_CON.txt");
        assertThat(mail.parts().get(0).declaredFileName()).isEqualTo("../../etc/passwd");
        assertThat(mail.parts().get(2).declaredFileName()).isEqualTo("C:\\Users\\vanthu\\Desktop\\Ke hoach.docx");
        assertThat(mail.parts().get(5).fileName()).endsWith(".txt").hasSizeLessThan(200);
        assertThat(mail.parts()).allSatisfy(p -> assertThat(p.fileName()).doesNotContain("/", "\\", ".."));
    }

    @Test
    void readsPastBrokenAndMissingBoundaries() {
        ParsedMail mail = read("broken-boundaries.eml");

        assertThat(part(mail, "cv.pdf").content()).startsWith("%PDF-".getBytes());
        assertThat(mail.textBody()).startsWith("Phần đầu.");
        assertThat(mail.problems()).anyMatch(p -> p.contains("no end boundary"));
        assertThat(mail.problems()).anyMatch(p -> p.contains("without readable parts"));
    }

    @Test
    void readsAMultipartWithoutBoundaryParameterAsText() {
        ParsedMail mail = read("missing-boundary-parameter.eml");

        assertThat(mail.textBody()).isEqualTo("Just some text and no parts at all.\n");
        assertThat(mail.problems()).anyMatch(p -> p.contains("no boundary parameter"));
    }

    @Test
    void keepsALongMessageIdAndTheReferencesInOrder() {
        ParsedMail mail = read("long-message-id.eml");

        assertThat(mail.messageId()).hasSize(2004).startsWith("<aaaa").endsWith("@example.com>");
        assertThat(mail.inReplyTo()).containsExactly("<first@example.com>");
        assertThat(mail.references()).containsExactly("<root@example.com>", "<first@example.com>");
    }

    @Test
    void startsTheBodyWhereHeadersStopWithoutABlankLine() {
        ParsedMail mail = read("header-without-blank-line.eml");

        assertThat(mail.subject()).isEqualTo("no blank line");
        assertThat(mail.textBody()).startsWith("Kính gửi các trường, đây là nội dung thư.\nDòng thứ hai.");
        assertThat(mail.problems())
                .anyMatch(p -> p.contains("does not end with a blank line") && p.contains("Kính gửi"));
    }

    @Test
    void readsBadEncodingsWithoutThrowing() {
        ParsedMail mail = read("bad-encodings.eml");

        assertThat(mail.textBody()).startsWith("Công văn =ZZ broken");
        assertThat(new String(part(mail, "garbage.pdf").content(), 0, 8)).isEqualTo("%PDF-1.4");
        assertThat(part(mail, "weird.bin").content()).isEqualTo("raw bytes".getBytes());
        assertThat(mail.sentAt()).isNull();
        assertThat(mail.problems())
                .anyMatch(p -> p.contains("Date"))
                .anyMatch(p -> p.contains("x-weird-encoding"))
                .anyMatch(p -> p.contains("unreadable Content-Type"));
    }

    @Test
    void stopsAtTheNestingDepthLimit() {
        ParsedMail mail = read("deep-nesting.eml");

        assertThat(mail.problems()).anyMatch(p -> p.contains("nested deeper than 10 levels"));
        assertThat(mail.parts()).singleElement().satisfies(p -> {
            assertThat(p.mediaType()).isEqualTo("message/rfc822");
            assertThat(p.fileName()).isEqualTo("tep-dinh-kem-1.eml");
        });
    }

    @Test
    void stopsAtThePartCountLimit() {
        ParsedMail mail = read("many-parts.eml");

        assertThat(mail.parts()).hasSize(WalkContext.MAX_ENTITIES - 1);
        assertThat(mail.problems()).anyMatch(p -> p.contains("More than 1000 MIME entities"));
    }

    @Test
    void readsAddressesLeniently() {
        ParsedMail mail = read("odd-addresses.eml");

        assertThat(mail.from().address()).isEqualTo("nguyenvanan@sonla.edu.vn");
        assertThat(mail.from().displayName()).isEqualTo("Nguyễn Văn An");
        assertThat(mail.to())
                .extracting(a -> a.address())
                .containsExactly("binh.tt@sonla.edu.vn", "a@truong1.edu.vn", "b@truong2.edu.vn");
        assertThat(mail.to().get(0).displayName()).isEqualTo("Trần Thị Bình");
        assertThat(mail.to().get(2).displayName()).isEqualTo("Pho, Hieu truong");
        assertThat(mail.cc()).extracting(a -> a.displayName()).containsExactly("Truong 3", null);
        assertThat(mail.problems()).anyMatch(p -> p.contains("garbage without at sign"));
    }

    @Test
    void convertsAnHtmlOnlyBodyToTextKeepingItsLines() {
        ParsedMail mail = read("letter-in-html-body.eml");

        assertThat(mail.textBody().lines())
                .contains(
                        "Số: 291/GD&ĐT",
                        "V/v cập nhật thông tin tài khoản",
                        "Sơn La, ngày 04 tháng 10 năm 2017",
                        "Đề nghị các trường cập nhật thông tin.",
                        "Trân trọng./.")
                .noneMatch(line -> line.contains("p {margin:0}"));
    }

    @Test
    void appendsAppleMailTextAndKeepsTheInlinePdf() {
        ParsedMail mail = read("apple-mail-inline-pdf.eml");

        MailPart pdf = part(mail, "Báo cáo tuần.pdf");
        assertThat(pdf.disposition()).isEqualTo(Disposition.INLINE);
        assertThat(pdf.path()).isEqualTo("2.2");
        assertThat(mail.textBody()).startsWith("Em gửi báo cáo tuần.");
        assertThat(mail.htmlBody()).contains("Em gửi báo cáo tuần.");
    }

    @Test
    void readsEmptyAndRandomBytesWithoutThrowing() {
        ParsedMail empty = Mails.READER.read(new byte[0]);
        byte[] noise = new byte[50_000];
        new java.util.Random(7).nextBytes(noise);
        ParsedMail random = Mails.READER.read(noise);

        assertThat(empty.textBody()).isEmpty();
        assertThat(empty.subject()).isEmpty();
        assertThat(random).isNotNull();
        assertThat(random.problems()).isNotEmpty();
    }
}
