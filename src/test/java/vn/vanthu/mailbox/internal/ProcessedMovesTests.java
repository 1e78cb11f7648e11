package vn.vanthu.mailbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vanthu.support.TestInstallation;

/** The moves of a poll, made by UID at its end, take the messages handled and no other. */
class ProcessedMovesTests {

    static final String USER = "vanthu@moves.test";

    EmbeddedMailServer server;
    int imap;

    @BeforeEach
    void start() throws Exception {
        imap = TestInstallation.freePort();
        server = new EmbeddedMailServer(TestInstallation.freePort(), imap);
        server.start();
        server.addMailbox(USER, "secret");
        for (int i = 1; i <= 5; i++) {
            server.getUserManager().getUser(USER).deliver(message("Thư " + i));
        }
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void movesTheNotedMessagesByUidToTheirFoldersWhenThePollEnds() throws Exception {
        ProcessedMoves moves = new ProcessedMoves();
        try (Store store = store()) {
            IMAPFolder inbox = openInbox(store);
            assertThat(note(moves, inbox, 1, "Processed")).isTrue();
            note(moves, inbox, 3, "Processed");
            note(moves, inbox, 4, "Failed");
            assertThat(subjects(store, "INBOX")).hasSize(5);

            moves.process(inbox);
            inbox.close(true);

            assertThat(moves.movedSinceAsked()).isTrue();
            assertThat(subjects(store, "INBOX")).containsExactly("Thư 2", "Thư 5");
            assertThat(subjects(store, "Processed")).containsExactly("Thư 1", "Thư 3");
            assertThat(subjects(store, "Failed")).containsExactly("Thư 4");
        }
    }

    @Test
    void movesTheRightMessagesWhenAnotherSessionExpungedInBetween() throws Exception {
        ProcessedMoves moves = new ProcessedMoves();
        try (Store store = store();
                Store other = store()) {
            IMAPFolder inbox = openInbox(store);
            note(moves, inbox, 4, "Processed");
            note(moves, inbox, 5, "Processed");

            // A person deletes the first two messages from a mail client: every number after them changes.
            Folder theirs = other.getFolder("INBOX");
            theirs.open(Folder.READ_WRITE);
            theirs.getMessage(1).setFlag(jakarta.mail.Flags.Flag.DELETED, true);
            theirs.getMessage(2).setFlag(jakarta.mail.Flags.Flag.DELETED, true);
            theirs.close(true);

            moves.process(inbox);
            inbox.close(true);

            assertThat(subjects(store, "Processed")).containsExactly("Thư 4", "Thư 5");
            assertThat(subjects(store, "INBOX")).containsExactly("Thư 3");
        }
    }

    @Test
    void movesEachNotedMessageOnce() throws Exception {
        ProcessedMoves moves = new ProcessedMoves();
        try (Store store = store()) {
            IMAPFolder inbox = openInbox(store);
            note(moves, inbox, 1, "Processed");
            moves.process(inbox);
            // Nothing is left noted: a second end of poll moves nothing more.
            moves.process(inbox);
            inbox.close(true);
            assertThat(subjects(store, "Processed")).containsExactly("Thư 1");
            assertThat(subjects(store, "INBOX")).containsExactly("Thư 2", "Thư 3", "Thư 4", "Thư 5");
        }
    }

    @Test
    void leavesTheMessagesAndSaysSoWhenThePollEndsWithoutItsFolder() throws Exception {
        ProcessedMoves moves = new ProcessedMoves();
        try (Store store = store()) {
            IMAPFolder inbox = openInbox(store);
            note(moves, inbox, 1, "Processed");
            // The connection broke before the end of the poll: nothing can move now.
            inbox.close(false);
            moves.process(inbox);

            assertThat(moves.movedSinceAsked()).isFalse();
            assertThat(subjects(store, "INBOX")).hasSize(5);
            assertThat(subjects(store, "Processed")).isEmpty();
            // Asking starts a new count: a poll that noted nothing has nothing left to move.
            assertThat(moves.movedSinceAsked()).isTrue();
        }
    }

    private static IMAPFolder openInbox(Store store) throws Exception {
        IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        return inbox;
    }

    /** Notes the message with this number (as the intake does once it committed) to move to {@code destination}. */
    private static boolean note(ProcessedMoves moves, IMAPFolder inbox, int number, String destination)
            throws Exception {
        Message message = inbox.getMessage(number);
        return moves.later(message, inbox.getUID(message), destination);
    }

    private Store store() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", imap, USER, "secret");
        return store;
    }

    private static List<String> subjects(Store store, String name) throws Exception {
        Folder folder = store.getFolder(name);
        if (!folder.exists()) {
            return List.of();
        }
        folder.open(Folder.READ_ONLY);
        try {
            List<String> subjects = new ArrayList<>();
            for (Message message : folder.getMessages()) {
                subjects.add(message.getSubject());
            }
            return subjects;
        } finally {
            folder.close(false);
        }
    }

    private static MimeMessage message(String subject) throws Exception {
        String raw = "From: so@moves.test\r\nTo: " + USER + "\r\nSubject: =?UTF-8?B?"
                + java.util.Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
                + "?=\r\nMessage-ID: <" + subject.hashCode() + "@moves.test>\r\n\r\nNội dung\r\n";
        return new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }
}
