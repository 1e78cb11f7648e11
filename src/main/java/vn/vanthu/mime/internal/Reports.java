package vn.vanthu.mime.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import vn.vanthu.mime.Folding;
import vn.vanthu.mime.MailAddress;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.ParsedMail;

/**
 * Facts about a message that several predicates read: its multipart/report type, its own parts (not those
 * of messages it carries) and whether it comes from a mail system rather than a person.
 */
final class Reports {

    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon");

    private Reports() {}

    /** The report-type of a top-level {@code multipart/report}, lower case, or an empty string. */
    static String reportType(ParsedMail mail) {
        HeaderParameters type = HeaderParameters.parse(mail.headers().first("Content-Type"));
        String reportType = type.get("report-type");
        return type.value().equals("multipart/report") && reportType != null ? Folding.fold(reportType) : "";
    }

    /** Whether one of the message's own parts (not a carried message's) has that media type. */
    static boolean hasOwnPart(ParsedMail mail, String mediaType) {
        return ownParts(mail).stream().anyMatch(p -> p.mediaType().equals(mediaType));
    }

    /** The parts of the message itself, without the parts of the messages it carries. */
    static List<MailPart> ownParts(ParsedMail mail) {
        Set<MailPart> carried = Collections.newSetFromMap(new IdentityHashMap<>());
        mail.nested().forEach(n -> carried.addAll(n.parts()));
        return mail.parts().stream().filter(p -> !carried.contains(p)).toList();
    }

    /** Whether the sender is a mail system: MAILER-DAEMON, postmaster, or a "Mail Delivery" name. */
    static boolean isFromMailSystem(ParsedMail mail) {
        MailAddress from = mail.from();
        if (from == null) {
            return isNullReturnPath(mail);
        }
        String local = from.address().contains("@")
                ? from.address().substring(0, from.address().indexOf('@'))
                : from.address();
        String name = Folding.fold(from.displayName());
        return DAEMONS.contains(local)
                || local.startsWith("microsoftexchange")
                || name.contains("mail delivery")
                || isNullReturnPath(mail);
    }

    /** Whether the Return-Path is {@code <>}, which RFC 5321 reserves for notifications. */
    static boolean isNullReturnPath(ParsedMail mail) {
        String returnPath = mail.headers().first("Return-Path");
        return returnPath != null && returnPath.replaceAll("\\s", "").equals("<>");
    }

    /** Whether Auto-Submitted says the message was generated or replied automatically. */
    static boolean isAutoSubmitted(ParsedMail mail) {
        String value = mail.headers().first("Auto-Submitted");
        if (value == null || value.isBlank()) {
            return false;
        }
        String keyword =
                Folding.fold(value).replaceAll("\\(.*?\\)", "").split(";")[0].trim();
        return !keyword.equals("no");
    }
}
