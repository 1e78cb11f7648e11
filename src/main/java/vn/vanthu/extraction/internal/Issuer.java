package vn.vanthu.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the issuing body and the body above it from the capitalised lines of the header's left column, in
 * whatever order the columns came out: the motto, type names and stamps are set aside, wrapped names are joined,
 * and names glued onto one line are cut where a new body's name begins.
 *
 * @param organization the issuing body (the last name)
 * @param parent the body above it, or {@code null}
 */
record Issuer(String organization, String parent) {

    /** Words that begin the name of a body, folded; a new name starts at one of them. */
    private static final Pattern STARTS = Pattern.compile("(?<![\\p{L}&])(uy ban nhan dan|ubnd|so (?=[a-z]{2})|"
            + "phong |truong |bo |cuc |tong cuc |chi cuc |vu |van phong |trung tam |hoi dong |vien |hoc vien |"
            + "dai hoc |cong an |ban |dang uy |cong doan |mat tran |doan |tinh uy |huyen uy |thanh uy )");
    /** Words before a start word that make it part of a name rather than a new one ("ỦY BAN", "CƠ SỞ"). */
    private static final Pattern NOT_A_START = Pattern.compile(
            "(uy|van|can|co|hieu|moi|thi|nhiem|dich|phuc|quoc|va|&|tong|chi|hoc|dai|truong|cong|nhan|gia|ke|thu|giao|"
                    + "dang|toan|noi|nghiep|du|pho|bo)\\s$");

    private static final Pattern OTHER =
            Pattern.compile("^(v\\s*/\\s*v|ve |s[o0]\\s*[:;]|kinh|noi nhan|du thao|ban sao|doc lap|.*\\bngay\\s*\\d)");

    /** Reads the issuer from the header lines, or returns {@code null} when there is no capitalised name. */
    static Issuer read(List<String> header) {
        Issuer inCapitals = read(header, false);
        return inCapitals != null ? inCapitals : read(header, true);
    }

    /**
     * With {@code mixedCase}, for letters typed into a mail body without capitals: only lines above the "Số"
     * line that start with a body's name ("Trường THCS …", "Phòng Giáo dục …") are taken.
     */
    private static Issuer read(List<String> header, boolean mixedCase) {
        List<String> groups = new ArrayList<>();
        for (String line : header) {
            if (mixedCase && DocumentCode.read(List.of(line)) != null) {
                break;
            }
            if (!(mixedCase ? isMixedCaseNameLine(line) : isNameLine(line))) {
                continue;
            }
            String folded = VietText.fold(line);
            if (groups.isEmpty() || startsName(folded)) {
                groups.add(line);
            } else {
                groups.set(groups.size() - 1, groups.get(groups.size() - 1) + " " + line);
            }
        }
        List<String> names = new ArrayList<>();
        groups.forEach(g -> names.addAll(splitGlued(clean(g))));
        if (names.isEmpty()) {
            return null;
        }
        String organization = names.get(names.size() - 1);
        String parent = names.size() > 1 ? names.get(names.size() - 2) : null;
        return new Issuer(organization, parent);
    }

    /** Drops what OCR adds around a name: bars, rules, stray punctuation. */
    private static String clean(String name) {
        return VietText.collapse(name).replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d)]+$", "");
    }

    private static boolean isMixedCaseNameLine(String line) {
        String folded = VietText.fold(line);
        return line.length() <= 80
                && Character.isUpperCase(line.charAt(0))
                && startsName(folded)
                && !line.contains(":")
                && !LetterLines.MOTTO.matcher(folded).find()
                && !OTHER.matcher(folded).find();
    }

    private static boolean isNameLine(String line) {
        if (!VietText.isUpperLine(line) || VietText.isRule(line)) {
            return false;
        }
        String folded = VietText.fold(line);
        return !LetterLines.MOTTO.matcher(folded).find()
                && !OTHER.matcher(folded).find()
                && DocumentTypes.byHeading(line) == null
                && Marks.priorityOf(line) == null
                && Marks.secrecyOf(line) == null;
    }

    private static boolean startsName(String folded) {
        Matcher m = STARTS.matcher(folded);
        return m.lookingAt();
    }

    /** Cuts "UBND THÀNH PHỐ SƠN LA PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" into its two names. */
    static List<String> splitGlued(String name) {
        String folded = VietText.fold(name);
        List<Integer> cuts = new ArrayList<>();
        Matcher m = STARTS.matcher(folded);
        while (m.find()) {
            int at = m.start();
            boolean wordsBefore = folded.substring(0, at).trim().split(" ").length >= 2;
            if (at > 0
                    && wordsBefore
                    && !NOT_A_START.matcher(folded.substring(0, at)).find()) {
                cuts.add(at);
            }
        }
        List<String> out = new ArrayList<>();
        int last = 0;
        for (int cut : cuts) {
            out.add(name.substring(last, cut).strip());
            last = cut;
        }
        out.add(name.substring(last).strip());
        out.removeIf(String::isEmpty);
        return out;
    }
}
