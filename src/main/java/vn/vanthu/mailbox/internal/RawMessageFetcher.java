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
 * <p>Messages are moved by sequence number (Camel's {@code moveTo}), and a server that numbers a session's messages
 * anew when another session expunges (some do: GreenMail, older hMailServer) could make that move take a message
 * other than the one handled, which would then never be registered. {@link #requireStillAt} asks the server, right after
 * the bytes and just before the move, whether the number still designates the UID whose bytes were handled.
 */
@Component
class RawMessageFetcher {

    static final int BATCH = 20;
    static final int PREFETCH_MAX_SIZE = 512 * 1024;

    private final Map<Message, Boolean> prefetched = Collections.synchronizedMap(new WeakHashMap<>());

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
     * (nothing to check without UIDs).
     */
    void requireStillAt(Message message, long uid, String mailboxId) throws MessagingException {
        if (uid < 0 || !(message.getFolder() instanceof IMAPFolder folder)) {
            return;
        }
        int number = message.getMessageNumber();
        Object now = folder.doCommand(protocol -> protocol.fetchUID(number));
        if (!(now instanceof UID current && current.uid == uid)) {
            throw new MailboxRenumberedException(mailboxId, uid);
        }
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
        small.remove(first);
        return small;
    }
}
