/**
 * Organizations in a tree of any depth, their official addresses, edXML OrganIds and groups of units.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.directory.internal}. Allowed dependencies:
 * none.
 */
@ApplicationModule(
        displayName = "Directory",
        allowedDependencies = {})
package vn.vanthu.directory;

import org.springframework.modulith.ApplicationModule;
