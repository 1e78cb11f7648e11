package vn.vanthu.extraction.internal;

/** Test access to the legacy-font encoder, for the corpus writers in another package. */
public final class LegacyFontsAccess {

    private LegacyFontsAccess() {}

    public static String tcvn3(String unicode, boolean capitals) {
        return LegacyEncoder.encode(
                unicode, capitals ? LegacyFonts.Encoding.TCVN3_CAPITALS : LegacyFonts.Encoding.TCVN3);
    }

    public static String vni(String unicode) {
        return LegacyEncoder.encode(unicode, LegacyFonts.Encoding.VNI);
    }
}
