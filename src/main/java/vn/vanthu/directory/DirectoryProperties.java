package vn.vanthu.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the directory ({@code vanthu.directory.*}).
 *
 * @param rootName the name of the organization running this installation, used when the database is new
 * @param rootCode its short code
 * @param rootEmail its official address; defaults to the gateway's own address
 */
@ConfigurationProperties("vanthu.directory")
public record DirectoryProperties(String rootName, String rootCode, String rootEmail) {

    public DirectoryProperties {
        rootName = rootName == null || rootName.isBlank() ? "Cơ quan chủ quản" : rootName;
        rootCode = rootCode == null || rootCode.isBlank() ? "VT" : rootCode;
    }
}
