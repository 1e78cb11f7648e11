package vn.vanthu.receipt.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.receipt.ReceiptProperties;

/** Binds the receipt settings. */
@Configuration
@EnableConfigurationProperties(ReceiptProperties.class)
class ReceiptConfiguration {}
