package vn.vanthu.mime;

/** What kind of mail a message is, for the gateway's purposes. */
public enum MessageClass {
    /** Carries an official document: a document attachment, an edXML package, or a letter in the body. */
    OFFICIAL_DOCUMENT,
    /** A human reply to mail the gateway sent (In-Reply-To/References, a reply token, or a reply subject). */
    DELIVERY_REPLY,
    /** A message disposition notification (RFC 8098). */
    READ_RECEIPT,
    /** A delivery status notification (RFC 3464) or another non-delivery report. */
    BOUNCE,
    /** An automatic reply: vacation, out of office, list or bulk mail. */
    AUTO_REPLY,
    /** Anything else. */
    OTHER
}
