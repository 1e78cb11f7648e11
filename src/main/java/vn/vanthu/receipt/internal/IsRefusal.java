package vn.vanthu.receipt.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.mime.Folding;

/**
 * Whether the new text of a reply refuses the delivery (edXML status 02): the unit says the document was sent to
 * the wrong unit or that it does not accept it.
 *
 * <p>Contract: MUST be applied to {@link ReplyText} only, never to a whole body: the delivery e-mail asks for
 * "gửi nhầm" or "từ chối" in so many words, so every quoted original contains them. MUST be true for "từ chối",
 * "gửi nhầm", "nhầm đơn vị", "không đúng đơn vị", "không phải đơn vị", "không thuộc đơn vị", "sai đơn vị", "sai
 * địa chỉ", "gửi lại cho đúng", with or without diacritics, and for English "refuse", "wrong recipient", "not for
 * us". MUST be false when such a phrase is negated in its own clause ("không từ chối", "chưa gửi nhầm", "we do
 * not refuse"). SHOULD err towards confirming: a missed refusal is seen by the clerk in the reason text, a false
 * one hides a receipt.
 */
final class IsRefusal implements Predicate<String> {

    /** How much of the reply is kept as the reason. */
    static final int REASON_LENGTH = 500;

    private static final Pattern PHRASE = Pattern.compile("tu choi|gui nham|nham don vi|nham truong|nham dia chi"
            + "|khong (dung|phai( la)?|thuoc) (don vi|truong|co quan|dia chi)|sai (don vi|dia chi|truong)"
            + "|gui lai cho dung|\\brefus(e|ed|ing|al)\\b|wrong (recipient|address|school|unit|organi[sz]ation)"
            + "|not (for|addressed to) (us|our)|\\bko (phai|dung) don vi");
    private static final Pattern NEGATION =
            Pattern.compile("\\b(khong|ko|k|chang|cha|chua|dau co|not|don't|dont|do not|never|no need to|won't)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[.,;:!?\\n()]");
    private static final int NEGATION_WORDS = 3;

    @Override
    public boolean test(String replyText) {
        String text = Folding.fold(replyText);
        Matcher phrase = PHRASE.matcher(text);
        while (phrase.find()) {
            if (!isNegated(text, phrase.start())) {
                return true;
            }
        }
        return false;
    }

    /** The reason to record when the reply refuses: the reply text, cut to about {@value #REASON_LENGTH} chars. */
    static Optional<String> reason(String replyText) {
        if (replyText == null || !new IsRefusal().test(replyText)) {
            return Optional.empty();
        }
        String reason = replyText.strip().replaceAll("\\s*\\n\\s*", "\n");
        if (reason.length() <= REASON_LENGTH) {
            return Optional.of(reason);
        }
        int cut = reason.lastIndexOf(' ', REASON_LENGTH);
        return Optional.of(reason.substring(0, cut > REASON_LENGTH / 2 ? cut : REASON_LENGTH)
                        .strip() + "…");
    }

    /** Whether a negation word stands among the few words before the phrase, in the same clause. */
    private static boolean isNegated(String text, int phraseStart) {
        String before = text.substring(Math.max(0, phraseStart - 60), phraseStart);
        Matcher end = CLAUSE_END.matcher(before);
        int clause = 0;
        while (end.find()) {
            clause = end.end();
        }
        String[] words = before.substring(clause).strip().split("\\s+");
        String last =
                String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - NEGATION_WORDS), words.length));
        return NEGATION.matcher(last).find();
    }
}
