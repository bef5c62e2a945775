package dimple.infrastructure.identity;

import org.apache.shiro.authc.UsernamePasswordToken;

/** A username and password, with the door it came through ({@code page} or {@code api}) for the audit trail. */
public class ChannelToken extends UsernamePasswordToken {
    private static final long serialVersionUID = 1L;
    private final String channel;

    public ChannelToken(String username, String password, String channel) {
        super(username, password, false);
        this.channel = channel;
    }

    public String channel() {
        return channel;
    }
}
