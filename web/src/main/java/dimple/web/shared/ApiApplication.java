package dimple.web.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under {@code /api}; see API.md for the contract. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
