package vn.vanthu.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsVanThuAcknowledgementTests {

    @ParameterizedTest(name = "status {0}, In-Reply-To {1}: {2}")
    @CsvSource({
        "03,<d1@localhost>,true",
        "01,<d1@localhost>,true",
        "' 03 ',<d1@localhost>,true",
        "02,<d1@localhost>,false",
        "13,<d1@localhost>,false",
        "03,,false"
    })
    void takesOnlyArrivedOrRegisteredStatusesInReplyToAMessage(String status, String inReplyTo, boolean expected) {
        String raw = "From: vanthu@truong.edu.vn\nAuto-Submitted: auto-replied\nX-VanThu-Status: " + status + "\n"
                + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\n") + "Subject: x\n\nx\n";

        assertThat(new IsVanThuAcknowledgement().test(Receipts.mail(raw))).isEqualTo(expected);
    }
}
