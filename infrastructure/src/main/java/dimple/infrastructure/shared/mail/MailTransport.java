package dimple.infrastructure.shared.mail;

/** Hands one mail to the mail server; throws when the server did not accept it. */
public interface MailTransport {
    /**
     * @param messageId       stable per queued row (or per digest), so a mail sent twice after a crash can be recognised as one
     * @param listUnsubscribe the unsubscribe address, for the {@code List-Unsubscribe} header (RFC 8058 one-click)
     */
    record Mail(String messageId, String to, String subject, String text, String html, String listUnsubscribe) {
        @Override
        public String toString() {
            return "Mail[" + messageId + "]";
        }
    }

    void send(Mail mail) throws Exception;
}
