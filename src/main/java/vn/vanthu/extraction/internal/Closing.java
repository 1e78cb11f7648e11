package vn.vanthu.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanthu.extraction.SignerInfo;

/**
 * Reads the bottom of a letter: the "Nơi nhận" items (left column) and the signer block (right column), whose
 * lines an extractor may interleave row by row. Each line is classified on its own: list items, the authority
 * line (TM., KT., TL., TUQ., Q.), the title in capitals, "(đã ký)" markers, and the name, which is the last
 * line of the block.
 *
 * @param distribution the "Nơi nhận" items
 * @param signer the signer block
 * @param confidence how sure the signer reading is
 */
record Closing(List<String> distribution, SignerInfo signer, double confidence) {

    static final Pattern LABEL = Pattern.compile("^n[oơ]i\\s*nh[aậ]n\\s*[:.]?\\s*", Pattern.CASE_INSENSITIVE);
    static final Pattern AUTHORITY = Pattern.compile("^(T\\.?M|K\\.?T|T\\.?L|T\\.?U\\.?Q|Q|QUYỀN)\\s*[.:/]\\s*\\S.*");
    private static final Pattern DASH = Pattern.compile("^[-–—•+*·]\\s*\\S.*");
    private static final Pattern MARKER = Pattern.compile(
            "^[(\\[].{0,40}(ký|ky|kí|dấu|chữ ký).{0,20}[)\\]]$|^(đã ký|\\./\\.)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "^((?:ThS|TS|PGS|GS|CN|KS|BS|NGƯT|NGND|Ths)\\.?\\s*(?:TS\\.?|ThS\\.?)?\\s*)?\\p{Lu}\\p{Ll}*(\\s+\\p{Lu}\\p{Ll}*){1,5}$");
    private static final Pattern TITLE = Pattern.compile("^(pho |hieu truong|giam doc|chu tich|truong phong|truong ban|"
            + "chanh van phong|bo truong|thu truong|cuc truong|vu truong|tong giam doc|bi thu|chu nhiem|"
            + "truong khoa|to truong|ke toan truong|quyen )[\\p{L} &]*$");
    private static final Pattern GLUED = Pattern.compile(
            "(?<=[;.])(?<!(?:^|\\s)(?:TM|KT|TL|TUQ|Q|T\\.M|K\\.T|T\\.L)\\.)\\s+(?=\\p{Lu}{2,}\\s+\\p{Lu}{2,}|(?:TM|KT|TL|TUQ|Q)\\.)");
    private static final Pattern ITEM_THEN_NAME =
            Pattern.compile("(?<=[;.])\\s+(?=\\p{Lu}\\p{Ll}+(\\s+\\p{Lu}\\p{Ll}*){1,4}$)");

    private static final Pattern NOI_NHAN = Pattern.compile("^noi\\s*nhan.*");
    private static final Pattern LUU = Pattern.compile("^luu\\s*[:.]?\\s*(vt|van thu|ho so).*");
    private static final Pattern TWO_WORDS = Pattern.compile("^\\S+\\s+\\S+\\s*[:.]?\\s*");
    private static final Pattern CAPITAL_WORDS = Pattern.compile("\\p{Lu}+( \\p{Lu}+){1,4}");
    private static final Pattern OFFICE_WORD =
            Pattern.compile("\\b(truong|doc|tich|vien|phong|ban|uy|thu|lanh dao|hoi dong|nhan dan)\\b");
    private static final Pattern LOWER_PAIR = Pattern.compile("\\p{Ll}{2,}");
    private static final Pattern SIGNED_MARK = Pattern.compile("(?i)[(\\[][^)\\]]{0,40}(ký|kí)[^)\\]]{0,20}[)\\]]");

    /** Reads the bottom of the letter; {@code bodyStart} bounds how far up the signer block may be. */
    static Closing read(List<String> all, int bodyStart) {
        List<String> region = region(all, bodyStart);
        List<String> items = new ArrayList<>();
        List<String> upper = new ArrayList<>();
        String name = null;
        String previous = "";
        boolean listing = false;
        for (String line : region) {
            String folded = line;
            if (LABEL.matcher(VietText.nfc(folded)).lookingAt()
                    || NOI_NHAN.matcher(VietText.fold(line)).matches()) {
                String rest = TWO_WORDS.matcher(line).replaceFirst("");
                listing = true;
                if (AUTHORITY.matcher(rest).matches() || isUpper(rest)) {
                    upper.add(VietText.collapse(rest));
                } else if (!rest.isBlank()) {
                    items.add(VietText.trimItem(rest));
                }
                previous = rest;
                continue;
            }
            if (MARKER.matcher(line).matches()) {
                continue;
            }
            if (DASH.matcher(line).matches() || LUU.matcher(VietText.fold(line)).matches()) {
                items.add(VietText.trimItem(line));
                previous = line;
                listing = true;
            } else if (AUTHORITY.matcher(line).matches() || isUpper(line) || isTitle(line)) {
                upper.add(VietText.collapse(line));
                name = null;
            } else if (NAME.matcher(VietText.collapse(stripMarker(line))).matches()) {
                name = VietText.collapse(stripMarker(line));
            } else if (listing && !items.isEmpty() && continues(previous, line)) {
                items.set(items.size() - 1, VietText.trimItem(items.get(items.size() - 1) + " " + line));
                previous = line;
            } else if (listing && line.endsWith(";")) {
                items.add(VietText.trimItem(line));
                previous = line;
            }
        }
        items.removeIf(String::isEmpty);
        return new Closing(items, signer(upper, name), name == null ? 0.5 : upper.isEmpty() ? 0.7 : 0.9);
    }

    private static SignerInfo signer(List<String> upper, String name) {
        if (name == null && upper.size() >= 2 && isCapitalName(upper.get(upper.size() - 1))) {
            name = upper.get(upper.size() - 1);
            upper = upper.subList(0, upper.size() - 1);
        }
        int lastAuthority = -1;
        for (int i = 0; i < upper.size(); i++) {
            if (AUTHORITY.matcher(upper.get(i)).matches()) {
                lastAuthority = i;
            }
        }
        String competence = lastAuthority < 0 ? null : String.join(" ", upper.subList(0, lastAuthority + 1));
        List<String> titles = upper.subList(lastAuthority + 1, upper.size());
        String position = titles.isEmpty() ? null : String.join(" ", titles);
        return new SignerInfo(competence, position, name);
    }

    /** A name printed in capitals ("NGUYỄN VĂN AN"): two to five words, no title or authority in it. */
    private static boolean isCapitalName(String line) {
        String folded = VietText.fold(line);
        return CAPITAL_WORDS.matcher(line).matches()
                && !AUTHORITY.matcher(line).matches()
                && !TITLE.matcher(folded).matches()
                && !OFFICE_WORD.matcher(folded).find();
    }

    /** A signer's title typed in sentence case, as letters pasted into a mail body often are. */
    private static boolean isTitle(String line) {
        return line.length() < 60
                && !line.endsWith(";")
                && TITLE.matcher(VietText.fold(line)).matches();
    }

    private static boolean isUpper(String line) {
        return VietText.isUpperLine(line) && !LOWER_PAIR.matcher(line).find() && !line.endsWith(";");
    }

    private static boolean continues(String previous, String line) {
        return Character.isLowerCase(line.charAt(0)) && !previous.endsWith(";") && !previous.endsWith(".");
    }

    private static String stripMarker(String line) {
        return SIGNED_MARK.matcher(line).replaceAll(" ").strip();
    }

    /** The lines from the signer block's top (which may sit just above "Nơi nhận") to the end. */
    private static List<String> region(List<String> all, int bodyStart) {
        int at = -1;
        for (int i = all.size() - 1; i >= bodyStart && at < 0; i--) {
            if (NOI_NHAN.matcher(VietText.fold(all.get(i))).matches()) {
                at = i;
            }
        }
        int start = at;
        if (at < 0) {
            start = Math.max(bodyStart, all.size() - 10);
        } else {
            while (start > bodyStart && at - start < 6 && signerLine(all.get(start - 1))) {
                start--;
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : all.subList(Math.max(0, start), all.size())) {
            for (String piece : ITEM_THEN_NAME.matcher(line).replaceAll("\n").split("\n")) {
                for (String p : GLUED.matcher(piece).replaceAll("\n").split("\n")) {
                    if (!p.isBlank()) {
                        out.add(p.strip());
                    }
                }
            }
        }
        return out;
    }

    private static boolean signerLine(String line) {
        return AUTHORITY.matcher(line).matches()
                || isUpper(line)
                || MARKER.matcher(line).matches()
                || NAME.matcher(VietText.collapse(line)).matches();
    }
}
