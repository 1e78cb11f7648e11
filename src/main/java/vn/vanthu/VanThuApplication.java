package vn.vanthu;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.vanthu.mime.MimeDefaults;

/**
 * Starts the gateway, or runs the {@code extract} command without a web server or a database.
 */
@SpringBootApplication
@EnableScheduling
public class VanThuApplication {

    /** Vietnam's time zone: register years, deadlines and "the same day" are counted in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static void main(String[] args) {
        // Jakarta Mail reads its decoding switches once, when its classes load: set them before anything else.
        MimeDefaults.install();
        if (args.length > 0 && "extract".equals(args[0])) {
            System.exit(CommandLine.extract(List.of(Arrays.copyOfRange(args, 1, args.length))));
        }
        SpringApplication.run(VanThuApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
