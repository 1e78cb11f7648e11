package vn.vanthu.registry;

/** How register numbers are printed on documents: with a leading zero below 10 ("05"), as NĐ 30 shows them. */
public final class CodeNumbers {

    private CodeNumbers() {}

    /** The printed form of a register number. */
    public static String format(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
