package dimple.infrastructure.persistence;

import java.util.logging.Logger;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A contract test of adapters: written once, run once per {@link DatabaseVendor}. The class takes the
 * vendor in its constructor and asks {@link TestDatabase} for a database of it; on a vendor that is not
 * configured here, each test is skipped with the reason and how to configure it, also said once in the
 * build's output.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(DatabaseVendor.class)
public abstract class EveryVendor {
    @BeforeParameterizedClassInvocation
    static void sayWhyAVendorIsSkipped(DatabaseVendor vendor) {
        TestDatabase.notConfigured(vendor).ifPresent(why -> Logger.getLogger(EveryVendor.class.getName()).warning(why));
    }
}
