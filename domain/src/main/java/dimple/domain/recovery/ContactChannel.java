package dimple.domain.recovery;

/** How the customer was reached for the apology. */
public enum ContactChannel {
    IN_PERSON, PHONE, EMAIL, CHAT, LETTER, SOCIAL_MEDIA, OTHER
}
