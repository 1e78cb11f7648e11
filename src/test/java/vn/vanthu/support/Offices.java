package vn.vanthu.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.distribution.MetadataOverrides;
import vn.vanthu.distribution.NewCircular;
import vn.vanthu.distribution.UploadedFile;

/** Builds an office with schools under it, each with an official address at its own test domain. */
public final class Offices {

    /** An office, its schools and their mail domain. */
    public record Office(Organization office, List<Organization> schools, String domain) {

        /** A circular from the office to all its schools, with a real PDF letter. */
        public NewCircular circular(String subject) {
            byte[] pdf = LetterPdf.letter()
                    .issuer("UBND THÀNH PHỐ", office.name().toUpperCase())
                    .number("", office.code())
                    .subject("V/v " + subject)
                    .toBytes();
            return new NewCircular(
                    office.id(),
                    "vanthu",
                    new UploadedFile("cong-van.pdf", "application/pdf", pdf),
                    MetadataOverrides.none(),
                    null,
                    schools.stream().map(Organization::id).toList());
        }

        /** The address of the n-th school (1-based). */
        public String address(int n) {
            return String.format("truong%03d@%s", n, domain);
        }
    }

    private Offices() {}

    public static Office office(OrganizationDirectory organizations, int schools) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String domain = "d" + tag + ".example.vn";
        String code = "PGD" + tag.toUpperCase();
        Organization office = organizations.create(new NewOrganization(
                organizations.root().id(),
                "Phòng GD&ĐT " + code,
                code,
                OrganizationKind.OFFICE,
                List.of("vanthu@" + domain),
                null,
                "Nguyễn Văn Bình"));
        List<Organization> units = new ArrayList<>();
        for (int i = 1; i <= schools; i++) {
            units.add(organizations.create(new NewOrganization(
                    office.id(),
                    String.format("Trường Tiểu học số %03d", i),
                    code + "-" + i,
                    OrganizationKind.SCHOOL,
                    List.of(String.format("truong%03d@%s", i, domain)),
                    null,
                    "Hiệu trưởng " + i)));
        }
        return new Office(office, units, domain);
    }
}
