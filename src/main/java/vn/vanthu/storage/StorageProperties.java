package vn.vanthu.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where VanThu keeps its files ({@code vanthu.*}).
 *
 * @param dataDir the data folder: the H2 database, blobs, and the initial administrator password; a new
 *     folder means a new, empty installation
 */
@ConfigurationProperties("vanthu")
public record StorageProperties(Path dataDir) {

    public StorageProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
