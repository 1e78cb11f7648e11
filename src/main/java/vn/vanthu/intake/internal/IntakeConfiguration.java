package vn.vanthu.intake.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.intake.IntakeProperties;

/** Binds the intake settings. */
@Configuration
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {}
