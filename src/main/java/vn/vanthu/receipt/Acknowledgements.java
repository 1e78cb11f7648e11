package vn.vanthu.receipt;

/**
 * The headers by which a VanThu acknowledgement says what it acknowledges, so that another VanThu installation
 * (or any e-office system) can take it as a receipt confirmation.
 */
public final class Acknowledgements {

    /** The edXML status code reported ({@code 01} arrived, {@code 03} registered, …). */
    public static final String STATUS_HEADER = "X-VanThu-Status";

    /** The receiver's incoming number (số đến). */
    public static final String ARRIVAL_NUMBER_HEADER = "X-VanThu-Arrival-Number";

    /** The date of registration, {@code dd/MM/yyyy}. */
    public static final String ARRIVAL_DATE_HEADER = "X-VanThu-Arrival-Date";

    private Acknowledgements() {}

    /** "291/GD&ĐT", or what is known of it. */
    public static String numberAndSymbol(String codeNumber, String codeNotation) {
        if (codeNumber == null && codeNotation == null) {
            return "(không rõ số, ký hiệu)";
        }
        return (codeNumber == null ? "" : codeNumber) + (codeNotation == null ? "" : "/" + codeNotation);
    }
}
