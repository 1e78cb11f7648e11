package vn.vanthu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganIdTests {

    @Test
    void acceptsThirteenCharacterOrganIds() {
        assertThat(OrganId.normalize("000.00.00.h41")).isEqualTo("000.00.00.H41");
        assertThat(OrganId.normalize(" ")).isNull();
    }

    @Test
    void refusesMalformedOrganIds() {
        assertThatThrownBy(() -> OrganId.normalize("H41")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrganId.normalize("000.00.00.H4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new NewOrganization(null, "A", "A", OrganizationKind.SCHOOL, List.of(), "0000000000000", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMalformedAddresses() {
        assertThatThrownBy(() -> new NewOrganization(null, "A", "A", null, List.of("khong-phai-thu"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
