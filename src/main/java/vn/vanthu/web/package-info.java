/**
 * Shared layout, error pages and the home page; each module owns its controllers.
 *
 * <p>API: the types in this package. Implementation: {@code vn.vanthu.web.internal}. Allowed dependencies: any module API;
 * it owns no domain logic.
 */
@ApplicationModule(displayName = "Web")
package vn.vanthu.web;

import org.springframework.modulith.ApplicationModule;
