package vn.vanthu.receipt.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.mime.Folding;
import vn.vanthu.mime.MailAddress;
import vn.vanthu.mime.ParsedMail;
import vn.vanthu.receipt.Acknowledgements;

/**
 * Everything by which a message can be matched to a delivery, in order of trust: the ids it answers, the token
 * of the address it was sent to, the token in its subject, the echoed {@code X-VanThu-Delivery} header, the
 * document number in its subject; and who sent it, which decides whether a match may confirm anything.
 *
 * @param messageIds In-Reply-To, then References from the newest; brackets kept, no duplicates
 * @param addressTokens tokens of {@code +tag} addresses in To, Cc, Delivered-To, X-Original-To, Envelope-To
 * @param subjectTokens tokens of the subject's {@code [VT-…]} marks, also mangled ones ({@code [vt- …]})
 * @param echoedToken the {@code X-VanThu-Delivery} header's token, or {@code null}
 * @param documentCode the number and symbol the subject names, or {@code null}
 * @param from the From address in lower case, or {@code null}: the only address that may confirm
 * @param senderAddresses the Sender and Reply-To addresses: shown to the clerk, never a proof of origin
 * @param forwarded whether the subject marks a forward ("Fwd:", "FW:", "Chuyển tiếp:"): a forward never confirms
 * @param vanThuStatus the {@code X-VanThu-Status} code another VanThu set ({@code 03}), or {@code null}
 * @param vanThuAcknowledgement whether it is another VanThu's acknowledgement ({@link IsVanThuAcknowledgement})
 */
record ReceiptKeys(
        List<String> messageIds,
        List<String> addressTokens,
        List<String> subjectTokens,
        String echoedToken,
        DocumentCode documentCode,
        String from,
        List<String> senderAddresses,
        boolean forwarded,
        String vanThuStatus,
        boolean vanThuAcknowledgement) {

    private static final List<String> RECIPIENT_HEADERS =
            List.of("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\",;:]+@[^\\s<>\",;:]+");
    private static final Pattern FORWARD =
            Pattern.compile("^\\s*(fwd?|fw|tr|wg|tv|ct|chuyen tiep)\\s*(\\[\\d+\\])?\\s*:");

    /** The keys of any message: a reply, a read receipt, an automatic reply. */
    static ReceiptKeys of(ParsedMail mail) {
        String status = mail.headers().first(Acknowledgements.STATUS_HEADER);
        return new ReceiptKeys(
                messageIds(mail),
                addressTokens(mail),
                Tokens.inSubject(mail.subject()),
                Tokens.ofHeader(mail.headers().first("X-VanThu-Delivery")),
                DocumentCode.inSubject(mail.subject()).orElse(null),
                mail.from() == null || mail.from().address().isEmpty()
                        ? null
                        : mail.from().address(),
                senderAddresses(mail),
                FORWARD.matcher(Folding.fold(mail.subject())).find(),
                status == null ? null : status.strip(),
                new IsVanThuAcknowledgement().test(mail));
    }

    /** Every token, address first, then subject, then the echoed header; no duplicates. */
    List<String> tokens() {
        Set<String> tokens = new LinkedHashSet<>(addressTokens);
        tokens.addAll(subjectTokens);
        if (echoedToken != null) {
            tokens.add(echoedToken);
        }
        return List.copyOf(tokens);
    }

    /** Whether the message names no delivery at all: it can only go to the review queue. */
    boolean isEmpty() {
        return messageIds.isEmpty() && tokens().isEmpty() && documentCode == null;
    }

    private static List<String> messageIds(ParsedMail mail) {
        Set<String> ids = new LinkedHashSet<>(mail.inReplyTo());
        List<String> references = new ArrayList<>(mail.references());
        Collections.reverse(references);
        ids.addAll(references);
        return List.copyOf(ids);
    }

    private static List<String> addressTokens(ParsedMail mail) {
        List<MailAddress> addresses = new ArrayList<>(mail.to());
        addresses.addAll(mail.cc());
        for (String header : RECIPIENT_HEADERS) {
            for (String value : mail.headers().all(header)) {
                Matcher address = ADDRESS.matcher(value);
                while (address.find()) {
                    addresses.add(new MailAddress(address.group(), null));
                }
            }
        }
        Set<String> tokens = new LinkedHashSet<>();
        addresses.stream().map(Tokens::ofAddress).filter(Objects::nonNull).forEach(tokens::add);
        return List.copyOf(tokens);
    }

    private static List<String> senderAddresses(ParsedMail mail) {
        Set<String> addresses = new LinkedHashSet<>();
        if (mail.sender() != null && !mail.sender().address().isEmpty()) {
            addresses.add(mail.sender().address());
        }
        mail.replyTo().forEach(a -> addresses.add(a.address()));
        addresses.remove("");
        return List.copyOf(addresses);
    }
}
