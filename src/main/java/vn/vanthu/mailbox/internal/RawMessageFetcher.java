package vn.vanthu.mailbox.internal;

import jakarta.mail.FetchProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.springframework.stereotype.Component;

/**
 * Writes the raw bytes of a fetched message. For IMAP, small messages are fetched whole ({@code BODY[]}) several
 * at a time ahead of need: one round trip for a batch instead of one or more per message, each with its UID in the
 * same response.
 *
 * <p>Messages are moved by UID ({@link ProcessedMoves}), but a message's bytes are asked for by sequence number, and
 * a server that numbers a session's messages anew when another session expunges (some do: GreenMail, older
 * hMailServer) could answer with another message's bytes than the UID taken for it. Bytes fetched with their UID in
 * one response agree; for the others {@link #requireStillAt} asks the server, right after the bytes, whether the
 * number still designates the UID.
 */
@Component
class RawMessageFetcher {

    static final int BATCH = 20;
    /** Messages described (UID, flags, size) in one FETCH: a poll takes up to a hundred. */
    static final int DESCRIBE = 100;

    static final int PREFETCH_MAX_SIZE = 512 * 1024;

    private final Map<Message, Boolean> prefetched = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<Message, Boolean> described = Collections.synchronizedMap(new WeakHashMap<>());
    /** Messages whose bytes came in the same FETCH response as their UID: nothing to check for them. */
    private final Map<Message, Boolean> fetchedWithUid = Collections.synchronizedMap(new WeakHashMap<>());

    void writeRaw(Message message, OutputStream out) throws Exception {
        message.writeTo(out);
    }

    /**
     * The message's UID, as fetched with its bytes when it was prefetched, else asked now (just before its bytes);
     * -1 when the folder has no UIDs (POP3).
     */
    long uid(Message message) throws MessagingException {
        return message.getFolder() instanceof UIDFolder folder ? folder.getUID(message) : -1;
    }

    /**
     * Throws {@link MailboxRenumberedException} unless the server still gives the message's number to this UID
     * (nothing to check without UIDs, or when the bytes came with their UID in one response).
     */
    void requireStillAt(Message message, long uid, String mailboxId) throws MessagingException {
        if (uid < 0 || !(message.getFolder() instanceof IMAPFolder folder) || fetchedWithUid.containsKey(message)) {
            return;
        }
        int number = message.getMessageNumber();
        Object now = folder.doCommand(protocol -> protocol.fetchUID(number));
        if (!(now instanceof UID current && current.uid == uid)) {
            throw new MailboxRenumberedException(mailboxId, uid);
        }
    }

    /**
     * The UID of an IMAP message, with those of the next ones, their flags and sizes asked in one FETCH the first
     * time (the mail consumer asks every message of a poll for its flags before taking the first); -1 for other
     * folders.
     */
    long describedUid(Message message) throws MessagingException {
        if (!(message instanceof IMAPMessage) || !(message.getFolder() instanceof IMAPFolder folder)) {
            return -1;
        }
        if (!described.containsKey(message) && folder.isOpen()) {
            int start = message.getMessageNumber();
            Message[] batch = folder.getMessages(start, Math.min(folder.getMessageCount(), start + DESCRIBE - 1));
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.FLAGS);
            profile.add(FetchProfile.Item.SIZE);
            folder.fetch(batch, profile);
            for (Message described : batch) {
                this.described.put(described, Boolean.TRUE);
            }
        }
        return folder.getUID(message);
    }

    /**
     * Fetches the message and the next ones of its folder whole, if not done yet, and returns the others that were
     * fetched now (the caller may start reading them ahead).
     */
    List<Message> prefetch(Message message) throws MessagingException {
        if (message instanceof IMAPMessage imap && message.getFolder() instanceof IMAPFolder folder) {
            return prefetchFrom(folder, imap);
        }
        return List.of();
    }

    private List<Message> prefetchFrom(IMAPFolder folder, IMAPMessage first) throws MessagingException {
        if (prefetched.containsKey(first) || !folder.isOpen()) {
            return List.of();
        }
        int start = first.getMessageNumber();
        int end = Math.min(folder.getMessageCount(), start + BATCH - 1);
        Message[] batch = folder.getMessages(start, end);
        FetchProfile sizes = new FetchProfile();
        sizes.add(FetchProfile.Item.SIZE);
        folder.fetch(batch, sizes);
        List<Message> small = new ArrayList<>();
        for (Message candidate : batch) {
            prefetched.put(candidate, Boolean.TRUE);
            if (!candidate.isExpunged() && candidate.getSize() >= 0 && candidate.getSize() <= PREFETCH_MAX_SIZE) {
                small.add(candidate);
            }
        }
        FetchProfile whole = new FetchProfile();
        whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
        whole.add(UIDFolder.FetchProfileItem.UID);
        // BODY.PEEK[]: prefetching never sets \Seen, which people reading the mailbox rely on.
        folder.fetch(small.toArray(Message[]::new), whole);
        small.forEach(message -> fetchedWithUid.put(message, Boolean.TRUE));
        small.remove(first);
        return small;
    }
}
