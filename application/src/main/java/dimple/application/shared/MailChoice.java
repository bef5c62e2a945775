package dimple.application.shared;

/** How a person wants mail of one kind: each at once, gathered into one mail a day, or not at all. */
public enum MailChoice {
    AT_ONCE, DIGEST, OFF
}
