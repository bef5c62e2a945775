package dimple.infrastructure.identity;

import org.apache.shiro.authc.UsernamePasswordToken;

/**
 * A username and password, with the door it came through ({@code page} or {@code api}) for the audit
 * trail and the client address (Shiro's "host") for the sign-in delays.
 */
public class ChannelToken extends UsernamePasswordToken {
    private static final long serialVersionUID = 1L;
    private final String channel;

    public ChannelToken(String username, String password, String channel, String address) {
        super(username, password, false, address);
        this.channel = channel;
    }

    public String channel() {
        return channel;
    }
}
