package dimple.infrastructure.learning;

import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaNotificationRepository() {
    }

    public JpaNotificationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(Notification notification) {
        Queries.save(em, notification);
    }

    @Override
    public Page<Notification> forRecipient(String accountId, PageRequest page) {
        return Queries.page(
                em.createQuery("select n from Notification n where n.recipientAccountId = :a order by n.createdAt desc, n.id",
                        Notification.class).setParameter("a", accountId),
                em.createQuery("select count(n) from Notification n where n.recipientAccountId = :a", Long.class).setParameter("a", accountId),
                page);
    }

    @Override
    public List<Notification> unreadFor(String accountId) {
        return em.createQuery("select n from Notification n where n.recipientAccountId = :a and n.readAt is null", Notification.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public java.util.Optional<Notification> findForRecipient(String id, String accountId) {
        return em.createQuery("select n from Notification n where n.id = :id and n.recipientAccountId = :a", Notification.class)
                .setParameter("id", id).setParameter("a", accountId).getResultStream().findFirst();
    }

    @Override
    public long countUnread(String accountId) {
        return em.createQuery("select count(n) from Notification n where n.recipientAccountId = :a and n.readAt is null", Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    @Override
    public List<Notification> unreadLeadingTo(String accountId, String page) {
        return em.createQuery("select n from Notification n where n.recipientAccountId = :a and n.readAt is null"
                        + " and (n.link = :page or n.link like :withFragment escape '!')", Notification.class)
                .setParameter("a", accountId).setParameter("page", page)
                .setParameter("withFragment", page.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "#%")
                .getResultList();
    }
}
