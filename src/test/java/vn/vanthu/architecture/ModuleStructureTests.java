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
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
