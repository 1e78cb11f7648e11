package vn.vanthu.mailbox.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.mailbox.MailProperties;

/** Binds the mail settings. */
@Configuration
@EnableConfigurationProperties(MailProperties.class)
class MailboxConfiguration {}
