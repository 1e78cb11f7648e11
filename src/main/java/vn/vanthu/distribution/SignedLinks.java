package vn.vanthu.distribution;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import vn.vanthu.distribution.internal.LinkSecret;

/**
 * Signed, single-purpose, expiring links for units: confirm receipt of a delivery, or download its file. The
 * signature (HMAC-SHA256 with the installation's secret) covers the purpose, the token and the expiry, so a link
 * cannot be turned into another purpose or kept alive.
 */
@Component
public class SignedLinks {

    /** What a link may be used for. */
    public enum Purpose {
        CONFIRM,
        DOWNLOAD
    }

    private final LinkSecret secret;
    private final DistributionProperties properties;
    private final Clock clock;

    public SignedLinks(LinkSecret secret, DistributionProperties properties, Clock clock) {
        this.secret = secret;
        this.properties = properties;
        this.clock = clock;
    }

    /** The link that confirms receipt of a delivery. */
    public String confirmation(String token) {
        return link("/xac-nhan/", Purpose.CONFIRM, token);
    }

    /** The link that downloads a delivery's document. */
    public String download(String token) {
        return link("/tai-ve/", Purpose.DOWNLOAD, token);
    }

    /** Whether a link's expiry and signature are valid for the purpose and token. */
    public boolean verify(Purpose purpose, String token, long expires, String signature) {
        if (token == null || signature == null || Instant.ofEpochSecond(expires).isBefore(clock.instant())) {
            return false;
        }
        byte[] expected = sign(purpose, token, expires).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String link(String path, Purpose purpose, String token) {
        long expires = clock.instant().plus(properties.linkValidity()).getEpochSecond();
        return properties.baseUrl() + path + token + "?e=" + expires + "&s=" + sign(purpose, token, expires);
    }

    private String sign(Purpose purpose, String token, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
            byte[] signature = mac.doFinal((purpose + ":" + token + ":" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
