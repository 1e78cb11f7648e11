package vn.vanthu.support;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small SMTP server for tests that must control the answers: reject a recipient with 550, answer 451 a few
 * times, go away and come back. Accepted messages are kept with their envelope.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    /** A message the server accepted. */
    public record Received(String from, List<String> recipients, byte[] raw) {

        public String text() {
            return new String(raw, StandardCharsets.UTF_8);
        }
    }

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> permanentRejections = new ConcurrentHashMap<>();
    private final Map<String, Integer> temporaryRejections = new ConcurrentHashMap<>();
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private volatile ServerSocket listener;
    private volatile long delayMillis;

    public ScriptedSmtpServer(int port) {
        this.port = port;
    }

    /** Starts listening (again). */
    public synchronized ScriptedSmtpServer up() {
        if (listener != null) {
            return this;
        }
        try {
            listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ServerSocket current = listener;
        sessions.submit(() -> accept(current));
        return this;
    }

    /** Stops listening: connections are refused until {@link #up()}. */
    public synchronized void down() {
        if (listener != null) {
            try {
                listener.close();
            } catch (IOException e) {
                // Already closed.
            }
            listener = null;
        }
    }

    /** Answers {@code RCPT TO} for this address with a permanent failure. */
    public void rejectPermanently(String address, String reply) {
        permanentRejections.put(address.toLowerCase(Locale.ROOT), reply);
    }

    /** Answers {@code RCPT TO} for this address with 451 the next {@code times} times. */
    public void rejectTemporarily(String address, int times) {
        temporaryRejections.put(address.toLowerCase(Locale.ROOT), times);
    }

    /** Waits this long before answering the end of each message's data, as a busy server would. */
    public void slowDown(long millis) {
        this.delayMillis = millis;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        down();
        sessions.shutdownNow();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                client.setTcpNoDelay(true);
                sessions.submit(() -> converse(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 scripted.test ESMTP");
            String from = null;
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4
                        ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-scripted.test\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO", "NOOP" -> reply(out, "250 OK");
                    case "MAIL" -> {
                        from = address(line);
                        recipients.clear();
                        reply(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> reply(out, recipient(address(line), recipients));
                    case "DATA" -> {
                        if (recipients.isEmpty()) {
                            reply(out, "554 5.5.1 No valid recipients");
                            continue;
                        }
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        byte[] raw = readData(in);
                        pause();
                        received.add(new Received(from, List.copyOf(recipients), raw));
                        reply(out, "250 2.0.0 Ok: queued");
                    }
                    case "RSET" -> {
                        from = null;
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 Command not recognized");
                }
            }
        } catch (IOException e) {
            // The client went away.
        }
    }

    private String recipient(String address, List<String> recipients) {
        String key = address.toLowerCase(Locale.ROOT);
        String permanent = permanentRejections.get(key);
        if (permanent != null) {
            return permanent;
        }
        Integer temporary = temporaryRejections.get(key);
        if (temporary != null && temporary > 0) {
            temporaryRejections.put(key, temporary - 1);
            return "451 4.3.0 <" + address + ">: Temporary lookup failure";
        }
        recipients.add(address);
        return "250 2.1.5 OK";
    }

    private byte[] readData(BufferedReader in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            String unstuffed = line.startsWith("..") ? line.substring(1) : line;
            raw.writeBytes((unstuffed + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        return raw.toByteArray();
    }

    private void pause() {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        return open >= 0 && close > open
                ? line.substring(open + 1, close)
                : line.substring(line.indexOf(':') + 1).trim();
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
