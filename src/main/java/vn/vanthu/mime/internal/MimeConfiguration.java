package vn.vanthu.mime.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.mime.MailReader;
import vn.vanthu.mime.MessageClassifier;

/** Exposes the MIME module's reader and classifier as beans; both are stateless and thread-safe. */
@Configuration(proxyBeanMethods = false)
class MimeConfiguration {

    @Bean
    MailReader mailReader() {
        return MimeWalker.create();
    }

    @Bean
    MessageClassifier messageClassifier() {
        return StandardMessageClassifier.create();
    }
}
