package dimple.application.audit;

import dimple.application.shared.OutboxHealth;
import dimple.application.shared.OutboxMonitor;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The outbox as administrators oversee it (docs/adr/0017): how many messages wait and fail, per handler
 * and event, how old they are and the kinds of error. Never what a message carries, nor which record it
 * is about: a message about a confidential report may address its reporter's own notification.
 */
@ApplicationScoped
@Transactional
public class OutboxService {
    private OutboxMonitor outbox;
    private Clock clock;

    protected OutboxService() {
    }

    @Inject
    public OutboxService(OutboxMonitor outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @RequiresPermissions(Permission.AUDIT_READ)
    public OutboxHealth health() {
        return outbox.health(clock.instant());
    }
}
