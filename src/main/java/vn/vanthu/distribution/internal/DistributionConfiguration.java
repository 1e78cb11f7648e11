package vn.vanthu.distribution.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.distribution.DistributionProperties;

/** Binds the distribution settings. */
@Configuration
@EnableConfigurationProperties(DistributionProperties.class)
class DistributionConfiguration {}
