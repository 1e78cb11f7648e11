package vn.vanthu.mailbox.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.mailbox.MailProperties;

/**
 * Starts the embedded mail server unless {@code vanthu.mail.embedded=false}, before the mail routes start, and
 * stops it after them.
 */
@Configuration
@ConditionalOnProperty(name = "vanthu.mail.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedMailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailConfiguration.class);

    @Bean(destroyMethod = "stop")
    EmbeddedMailServer embeddedMailServer(MailProperties properties) {
        EmbeddedMailServer server =
                new EmbeddedMailServer(properties.embeddedSmtpPort(), properties.embeddedImapPort());
        server.start();
        server.addMailbox(properties.gatewayAddress(), properties.gatewayPassword());
        log.info(
                "Máy chủ thư nhúng: SMTP 127.0.0.1:{}, IMAP 127.0.0.1:{}, hộp thư của cổng {}",
                properties.embeddedSmtpPort(),
                properties.embeddedImapPort(),
                properties.gatewayAddress());
        return server;
    }
}
