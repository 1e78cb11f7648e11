package vn.vanthu.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.mime.MessageClassifier;
import vn.vanthu.mime.ParsedMail;
import vn.vanthu.receipt.internal.Receipts.Expectation;

/** The corpus as a whole: every message listed, classified as expected, and matched to its expected outcome. */
class ReceiptCorpusTests {

    private static final MessageClassifier CLASSIFIER = MessageClassifier.standard();

    static Stream<Expectation> expectations() {
        return Receipts.expectations().stream();
    }

    @Test
    void listsEveryMessageOfTheFolderAndNothingElse() {
        assertThat(Receipts.expectations()).extracting(Expectation::file).containsExactlyElementsOf(Receipts.files());
    }

    @Test
    void holdsAtLeastThirtyMessagesOfEveryOutcome() {
        assertThat(Receipts.files()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(Receipts.expectations())
                .extracting(Expectation::outcome)
                .contains("CONFIRMED", "REFUSED", "BOUNCED", "IGNORED", "SUSPICIOUS", "UNMATCHED")
                .allMatch(o -> o.matches("CONFIRMED|REFUSED|BOUNCED|IGNORED|SUSPICIOUS|UNMATCHED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void readsEveryMessageWithoutPlaceholdersLeft(Expectation expected) {
        ParsedMail mail = Receipts.read(expected.file());

        assertThat(mail.subject() + mail.textBody() + mail.headers().names()).doesNotContain("{{");
        assertThat(mail.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void classifiesEveryMessageAsExpected(Expectation expected) {
        assertThat(CLASSIFIER.classify(Receipts.read(expected.file()))).isEqualTo(expected.messageClass());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void givesTheMatcherWhatItNeedsForTheExpectedOutcome(Expectation expected) {
        ParsedMail mail = Receipts.read(expected.file());

        var outcome = ReferenceMatcher.outcome(mail, CLASSIFIER.classify(mail));

        assertThat(outcome).isEqualTo(new ReferenceMatcher.Outcome(expected.outcome(), expected.via()));
    }
}
