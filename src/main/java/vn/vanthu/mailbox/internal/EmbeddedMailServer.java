package vn.vanthu.mailbox.internal;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded mail server (GreenMail): SMTP and IMAP on 127.0.0.1, no TLS, every address at any domain
 * delivered locally, {@code user+tag@domain} delivered to {@code user@domain}.
 *
 * <p>GreenMail as shipped answers without TCP_NODELAY, which costs about 40 ms per multi-line reply; its
 * servers are replaced here by ones that set it on every accepted socket.
 */
public class EmbeddedMailServer extends GreenMail {

    public EmbeddedMailServer(int smtpPort, int imapPort) {
        super(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        withConfiguration(GreenMailConfiguration.aConfig().withSieveIgnoreDetail());
    }

    /** Creates a mailbox with a password; other mailboxes appear on first delivery, password = address. */
    public void addMailbox(String address, String password) {
        setUser(address, address, password);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = new HashMap<>();
        for (ServerSetup setup : config) {
            switch (setup.getProtocol()) {
                case ServerSetup.PROTOCOL_SMTP -> services.put(setup.getProtocol(), new NoDelaySmtp(setup, managers));
                case ServerSetup.PROTOCOL_IMAP -> services.put(setup.getProtocol(), new NoDelayImap(setup, managers));
                default -> throw new IllegalArgumentException("Not served here: " + setup.getProtocol());
            }
        }
        return services;
    }

    private static final class NoDelaySmtp extends SmtpServer {

        NoDelaySmtp(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket clientSocket) throws SocketException {
            clientSocket.setTcpNoDelay(true);
            super.handleClientSocket(clientSocket);
        }
    }

    private static final class NoDelayImap extends AbstractServer {

        NoDelayImap(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket clientSocket) {
            try {
                clientSocket.setTcpNoDelay(true);
            } catch (SocketException e) {
                // The connection is already gone; the handler will notice on its first read.
            }
            return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), clientSocket);
        }
    }
}
