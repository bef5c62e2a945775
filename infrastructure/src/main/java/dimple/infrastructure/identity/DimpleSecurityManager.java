package dimple.infrastructure.identity;

import org.apache.shiro.web.mgt.DefaultWebSecurityManager;

/**
 * Shiro's web security manager with "remember me" switched off: a session ends at sign-out or after
 * the idle timeout, and no long-lived cookie can sign anyone back in.
 */
public class DimpleSecurityManager extends DefaultWebSecurityManager {
    public DimpleSecurityManager() {
        super();
        setRememberMeManager(null);
    }
}
