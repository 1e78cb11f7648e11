package vn.vanthu.mime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import vn.vanthu.mime.MailReader;
import vn.vanthu.mime.MessageClassifier;
import vn.vanthu.mime.MimeDefaults;

class MimeConfigurationTests {

    @Test
    void exposesTheReaderAndTheClassifierAsBeans() {
        try (var context = new AnnotationConfigApplicationContext(MimeConfiguration.class)) {
            assertThat(context.getBean(MailReader.class)).isInstanceOf(MimeWalker.class);
            assertThat(context.getBean(MessageClassifier.class)).isInstanceOf(StandardMessageClassifier.class);
        }
    }

    @Test
    void installsTheJakartaMailSystemProperties() {
        MailReader.standard();

        MimeDefaults.PROPERTIES.forEach(
                (name, value) -> assertThat(System.getProperty(name)).isEqualTo(value));
        assertThat(System.getProperty("mail.mime.decodeparameters")).isEqualTo("true");
        assertThat(System.getProperty("jakarta.mail.util.StreamProvider"))
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
    }
}
