package vn.vanthu.distribution.internal;

import org.springframework.stereotype.Component;
import vn.vanthu.storage.InstallationSecrets;

/**
 * The installation's secret for signing links: {@code <data-dir>/link-secret}, made on first start and shared by
 * every node that shares the data folder.
 */
@Component
public class LinkSecret {

    private final byte[] bytes;

    LinkSecret(InstallationSecrets secrets) {
        this.bytes = secrets.get("link-secret");
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
