package vn.vanthu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VanThuApplication {
    public static void main(String[] args) {
        SpringApplication.run(VanThuApplication.class, args);
    }
}
