package vn.vanthu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vanthu.support.IntegrationTest;
import vn.vanthu.support.Units;

class OrganizationGroupsTests extends IntegrationTest {

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    OrganizationGroups groups;

    @Test
    void keepsGroupsOfUnitsForTheirOwner() {
        long root = organizations.root().id();
        Organization a = school(root, "Trường Tiểu học Chiềng An");
        Organization b = school(root, "Trường Tiểu học Chiềng Xôm");
        OrganizationGroup group = groups.create(root, "Các trường tiểu học " + Units.code("G"));
        groups.setMembers(group.id(), List.of(a.id(), b.id(), a.id()));
        assertThat(groups.find(group.id()).orElseThrow().memberIds()).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(groups.ownedBy(root)).extracting(OrganizationGroup::name).contains(group.name());
        assertThatThrownBy(() -> groups.create(root, group.name())).isInstanceOf(IllegalStateException.class);
        groups.delete(group.id());
        assertThat(groups.find(group.id())).isEmpty();
    }

    @Test
    void keepsATreeOfAnyDepth() {
        long root = organizations.root().id();
        Organization department = school(root, "Sở GD&ĐT Sơn La");
        Organization office = school(department.id(), "Phòng GD&ĐT Mộc Châu");
        Organization school = school(office.id(), "Trường THCS Mộc Lỵ");
        assertThat(organizations.isWithin(school.id(), department.id())).isTrue();
        assertThat(organizations.children(office.id()))
                .extracting(Organization::id)
                .containsExactly(school.id());
        assertThatThrownBy(() -> organizations.update(
                        department.id(),
                        new NewOrganization(
                                school.id(),
                                department.name(),
                                department.code(),
                                OrganizationKind.DEPARTMENT,
                                List.of(),
                                null,
                                null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Organization school(long parent, String name) {
        return organizations.create(
                new NewOrganization(parent, name, Units.code("O"), OrganizationKind.SCHOOL, List.of(), null, null));
    }
}
