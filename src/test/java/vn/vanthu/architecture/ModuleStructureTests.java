package vn.vanthu.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import vn.vanthu.VanThuApplication;

class ModuleStructureTests {

    static final ApplicationModules MODULES = ApplicationModules.of(VanThuApplication.class);

    @Test
    void keepsModulesApartAndFreeOfCycles() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // Module canvases are left out: they parse the Javadoc index with a JSON parser that breaks on quotes.
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
