package vn.vanthu.mime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DecodingTests {

    @Test
    void decodesEncodedWordsSplitInsideACharacter() {
        byte[] bytes = "Công văn".getBytes(StandardCharsets.UTF_8);
        String first = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, 0, 3));
        String second = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, 3, bytes.length));

        assertThat(EncodedWords.decode("=?UTF-8?B?" + first + "?= =?utf-8?b?" + second + "?="))
                .isEqualTo("Công văn");
    }

    @Test
    void decodesEncodedWordsInQuotesGluedAndLowerCase() {
        assertThat(EncodedWords.decode("\"=?utf-8?q?V=C4=83n_th=C6=B0?=\" <a@b>"))
                .isEqualTo("\"Văn thư\" <a@b>");
        assertThat(EncodedWords.decode("Số=?UTF-8?Q?_291?=/GD")).isEqualTo("Số 291/GD");
        assertThat(EncodedWords.decode("=?utf-8*vi?Q?C=C3=B4ng?=")).isEqualTo("Công");
        assertThat(EncodedWords.decode("=?x-unknown?Q?C=C3=B4ng?=")).isEqualTo("Công");
        assertThat(EncodedWords.decode("plain =?broken")).isEqualTo("plain =?broken");
    }

    @Test
    void decodesRfc2231ParametersAndContinuations() {
        HeaderParameters disposition = HeaderParameters.parse(
                "attachment;\r\n filename*0*=UTF-8''C%C3%B4ng%20v;\r\n filename*1*=%C4%83n.pdf; filename=\"old.pdf\"");

        assertThat(disposition.value()).isEqualTo("attachment");
        assertThat(disposition.get("filename")).isEqualTo("Công văn.pdf");
    }

    @Test
    void readsParametersLeniently() {
        HeaderParameters type = HeaderParameters.parse(
                "Text/Plain (comment); charset=\"utf-8\";; name=\"=?UTF-8?B?xJDhu4EgbsOgbmc=?=\"; format=flowed; x=\"open");

        assertThat(type.value()).isEqualTo("text/plain");
        assertThat(type.get("charset")).isEqualTo("utf-8");
        assertThat(type.get("name")).isEqualTo("Đề nàng");
        assertThat(type.get("x")).isEqualTo("open");
    }

    @Test
    void prefersStrictUtf8OverASingleByteLabel() {
        byte[] utf8 = "Trường".getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoding.decode(utf8, "iso-8859-1").text()).isEqualTo("Trường");
        assertThat(TextDecoding.decode(utf8, "windows-1258").text()).isEqualTo("Trường");
        assertThat(TextDecoding.decode("abc".getBytes(), "no-such").text()).isEqualTo("abc");
    }

    @Test
    void composesWindows1258ToneMarks() {
        // "Trường" in windows-1258: ư is 0xFD, ơ is 0xF5, the grave accent is the combining mark 0xCC.
        byte[] cp1258 = {0x54, 0x72, (byte) 0xFD, (byte) 0xF5, (byte) 0xCC, 0x6E, 0x67};

        assertThat(TextDecoding.decode(cp1258, null).text()).isEqualTo("Trường");
    }

    @Test
    void repairsHeadersReadOneCharPerByte() {
        String latin1 = new String("Báo cáo".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(TextDecoding.repairEightBit(latin1)).isEqualTo("Báo cáo");
        assertThat(TextDecoding.repairEightBit("Báo cáo")).isEqualTo("Báo cáo");
    }

    @Test
    void decodesBase64GarbageAndMissingPadding() {
        assertThat(TransferDecoding.base64("Q8O0bmc\r\n!!!".getBytes()))
                .isEqualTo("Công".getBytes(StandardCharsets.UTF_8));
        assertThat(TransferDecoding.base64("QUJD====REVG".getBytes())).isEqualTo("ABCDEF".getBytes());
    }

    @Test
    void decodesQuotedPrintableLeniently() {
        assertThat(new String(
                        TransferDecoding.quotedPrintable("C=C3=B4ng=\r\n v=XX=".getBytes()), StandardCharsets.UTF_8))
                .isEqualTo("Công v=XX=");
    }

    @Test
    void namesTransferEncodingsLeniently() {
        assertThat(TransferDecoding.Encoding.of(" Base64 ")).isEqualTo(TransferDecoding.Encoding.BASE64);
        assertThat(TransferDecoding.Encoding.of("\"quoted-printable\""))
                .isEqualTo(TransferDecoding.Encoding.QUOTED_PRINTABLE);
        assertThat(TransferDecoding.Encoding.of("8bit (raw)")).isEqualTo(TransferDecoding.Encoding.IDENTITY);
        assertThat(TransferDecoding.Encoding.of("x-gzip64")).isEqualTo(TransferDecoding.Encoding.UNKNOWN);
    }

    @Test
    void turnsHtmlIntoLines() {
        assertThat(HtmlText.toText(
                        "<style>x{}</style><p>Số: 1/UBND</p><table><tr><td>A</td><td>B</td></tr></table>a<br>b"))
                .isEqualTo("Số: 1/UBND\n\nA\tB\n\na\nb");
    }
}
