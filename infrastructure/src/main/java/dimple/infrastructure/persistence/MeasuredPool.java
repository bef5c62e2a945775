package dimple.infrastructure.persistence;

import dimple.infrastructure.shared.metrics.PoolMeters;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Lets {@link PoolMeters} count the connections EclipseLink takes from the container's pool (persistence.xml names
 * it as the session customizer): every login of the session that reaches the pool through a data source (the
 * session's own, its read pool's and any other pool's) gets the measured data source in its place. A login with its
 * own driver connection (the tests outside the container) is left as it is.
 */
public class MeasuredPool implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        List<Login> logins = new ArrayList<>(List.of(session.getDatasourceLogin()));
        if (session instanceof ServerSession server) {
            if (server.getReadConnectionPool() != null) {
                logins.add(server.getReadConnectionPool().getLogin());
            }
            for (ConnectionPool pool : server.getConnectionPools().values()) {
                logins.add(pool.getLogin());
            }
        }
        for (Login login : logins) {
            if (login instanceof DatasourceLogin datasource && datasource.getConnector() instanceof JNDIConnector connector
                    && connector.getDataSource() != null) {
                connector.setDataSource(PoolMeters.inRegistry().measured(connector.getDataSource()));
            }
        }
    }
}
