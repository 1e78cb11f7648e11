package vn.vanthu.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ICalendarWriterTests {

    @Test
    void escapesBackslashesSemicolonsCommasAndNewlines() {
        assertThat(ICalendarWriter.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void foldsAt75OctetsWithoutSplittingAVietnameseLetter() {
        String line = "SUMMARY:" + "Hội nghị tổng kết năm học, triển khai nhiệm vụ năm học mới ".repeat(4);
        String folded = ICalendarWriter.fold(line);
        assertThat(folded).endsWith("\r\n");
        String[] parts = folded.split("\r\n");
        assertThat(parts.length).isGreaterThan(3);
        for (int i = 0; i < parts.length; i++) {
            assertThat(parts[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(parts[i]).startsWith(" ");
            }
            // Each piece is valid UTF-8 on its own: no letter was cut between its bytes.
            byte[] bytes = parts[i].getBytes(StandardCharsets.UTF_8);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(parts[i]);
        }
        StringBuilder unfolded = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            unfolded.append(parts[i].substring(1));
        }
        assertThat(unfolded.toString()).isEqualTo(line);
    }

    @Test
    void writesDecomposedVietnameseAsComposedCharacters() {
        String decomposed = Normalizer.normalize("Hỏa tốc", Normalizer.Form.NFD);
        assertThat(ICalendarWriter.text(decomposed)).isEqualTo("Hỏa tốc");
    }
}
