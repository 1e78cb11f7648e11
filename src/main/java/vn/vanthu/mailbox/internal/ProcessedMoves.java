package vn.vanthu.mailbox.internal;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.camel.component.mail.MailBoxPostProcessAction;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.UIDSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves the IMAP messages of a poll to the folders {@link MailIntake} chose for them, by UID and once per poll:
 * {@code UID MOVE} of the whole batch (or {@code UID COPY}, {@code UID STORE \Deleted} and, with UIDPLUS, {@code UID
 * EXPUNGE} on a server without MOVE), instead of a copy, two flag changes and a folder look-up per message.
 *
 * <p>A message is added here only after its handling committed, so moving it later loses nothing: if the poll ends
 * before the move (an error, a crash), the message is still in its folder, the next poll finds it handled and adds
 * it again. A UID names one message for as long as the folder's UIDVALIDITY stays, whatever other sessions expunge,
 * so no other message can be moved in its place; moves noted under another UIDVALIDITY are dropped.
 */
@Component("processedMoves")
class ProcessedMoves implements MailBoxPostProcessAction {

    private static final Logger log = LoggerFactory.getLogger(ProcessedMoves.class);

    /** The messages of one open folder waiting to move: the folder's UIDVALIDITY and the UIDs by destination. */
    private record Pending(long uidValidity, Map<String, TreeSet<Long>> byDestination) {}

    private final Map<Folder, Pending> pending = new IdentityHashMap<>();
    /** Per poller thread since it last asked: messages noted to move, and messages moved. */
    private final ThreadLocal<int[]> counts = ThreadLocal.withInitial(() -> new int[2]);

    /**
     * Notes that the message with this UID goes to {@code destination} at the end of its poll; returns false when
     * the message cannot be moved by UID (not IMAP), so the caller knows nothing will move it.
     */
    boolean later(Message message, long uid, String destination) throws MessagingException {
        if (uid < 0 || !(message.getFolder() instanceof IMAPFolder folder)) {
            return false;
        }
        long validity = folder.getUIDValidity();
        synchronized (pending) {
            Pending moves = pending.get(folder);
            if (moves == null || moves.uidValidity() != validity) {
                moves = new Pending(validity, new LinkedHashMap<>());
                pending.put(folder, moves);
            }
            moves.byDestination()
                    .computeIfAbsent(destination, name -> new TreeSet<>())
                    .add(uid);
        }
        counts.get()[0]++;
        return true;
    }

    /**
     * Whether this poller thread's messages left their folder since it last asked: true when none was noted to move
     * (POP3, or nothing taken), else when at least one moved. A mailbox whose moves fail is not worth polling again
     * at once: its messages would only be taken (and found handled) again.
     */
    boolean movedSinceAsked() {
        int[] count = counts.get();
        boolean answer = count[0] == 0 || count[1] > 0;
        count[0] = 0;
        count[1] = 0;
        return answer;
    }

    /** Called by the mail consumer after each poll's batch, with the folder still open. */
    @Override
    public void process(Folder folder) throws MessagingException {
        Pending moves;
        synchronized (pending) {
            moves = pending.remove(folder);
        }
        if (moves == null || !(folder instanceof IMAPFolder imap) || !imap.isOpen()) {
            return;
        }
        if (imap.getUIDValidity() != moves.uidValidity()) {
            log.warn(
                    "Hộp thư {} đã đổi UIDVALIDITY: không chuyển thư theo UID cũ, lần lấy sau sẽ chuyển lại",
                    folder.getFullName());
            return;
        }
        for (Map.Entry<String, TreeSet<Long>> destination :
                moves.byDestination().entrySet()) {
            long[] uids =
                    destination.getValue().stream().mapToLong(Long::longValue).toArray();
            try {
                move(imap, uids, destination.getKey());
                counts.get()[1] += uids.length;
                log.debug("Đã chuyển {} thư sang {}", uids.length, destination.getKey());
            } catch (MessagingException e) {
                // The messages stay where they are; the next poll finds them handled and tries again.
                log.warn(
                        "Không chuyển được {} thư từ {} sang {}: {}",
                        uids.length,
                        folder.getFullName(),
                        destination.getKey(),
                        e.getMessage());
            }
        }
    }

    private static void move(IMAPFolder folder, long[] uids, String destination) throws MessagingException {
        Folder target = folder.getStore().getFolder(destination);
        if (!target.exists()) {
            target.create(Folder.HOLDS_MESSAGES);
        }
        String set = UIDSet.toString(UIDSet.createUIDSets(uids));
        String mailbox = BASE64MailboxEncoder.encode(target.getFullName());
        folder.doCommand(protocol -> {
            if (protocol.hasCapability("MOVE")) {
                run(protocol, "UID MOVE", new Argument().writeAtom(set).writeString(mailbox));
            } else {
                run(protocol, "UID COPY", new Argument().writeAtom(set).writeString(mailbox));
                run(
                        protocol,
                        "UID STORE",
                        new Argument().writeAtom(set).writeAtom("+FLAGS.SILENT").writeAtom("(\\Deleted)"));
                if (protocol.hasCapability("UIDPLUS")) {
                    run(protocol, "UID EXPUNGE", new Argument().writeAtom(set));
                }
                // Else the consumer's closing of the folder expunges them.
            }
            return null;
        });
    }

    /** Sends one command, lets the folder see its untagged responses (EXPUNGE…), and fails on NO or BAD. */
    private static void run(IMAPProtocol protocol, String command, Argument arguments)
            throws org.eclipse.angus.mail.iap.ProtocolException {
        Response[] responses = protocol.command(command, arguments);
        protocol.notifyResponseHandlers(responses);
        protocol.handleResult(responses[responses.length - 1]);
    }
}
