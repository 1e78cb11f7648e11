package vn.vanthu.support;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.UnitEnrolment;
import vn.vanthu.directory.OrganizationDirectory;

/**
 * The whole application with MockMvc and Spring Security built on the shared context (no extra context to start),
 * and a builder of units and accounts.
 */
public abstract class WebTest extends IntegrationTest {

    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected UnitEnrolment enrolment;

    @Autowired
    protected AccountDirectory accounts;

    @Autowired
    protected OrganizationDirectory organizations;

    protected MockMvc mvc;
    protected Units units;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        units = new Units(enrolment, accounts, organizations);
    }
}
