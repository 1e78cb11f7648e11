package vn.vanthu.mime.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.mime.MailReader;
import vn.vanthu.mime.MessageClassifier;

/** Placeholder beans until the MIME module lands (removed at merge). */
@Configuration
class TemporaryMimeBeans {
    @Bean
    MailReader mailReader() {
        return MailReader.standard();
    }

    @Bean
    MessageClassifier messageClassifier() {
        return MessageClassifier.standard();
    }
}
