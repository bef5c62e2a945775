package dimple.domain.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * What was given to the customer and what it cost. The cost is optional (a personal call costs
 * nothing); when there is one it has an ISO 4217 currency and at most two decimals.
 */
@Embeddable
public class Remedy {
    public static final BigDecimal MAX_COST = new BigDecimal("1000000000");

    @Enumerated(EnumType.STRING)
    @Column(name = "remedy_type", length = 20)
    private RemedyType type;

    @Column(name = "remedy_cost", precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "remedy_currency", length = 3)
    private String currency;

    protected Remedy() {
    }

    private Remedy(RemedyType type, BigDecimal amount, String currency) {
        this.type = type;
        this.amount = amount;
        this.currency = currency;
    }

    /** @param amount the cost, or null together with the currency when there was none */
    public static Remedy of(RemedyType type, BigDecimal amount, String currency) {
        Objects.requireNonNull(type, "type");
        if (amount == null && currency == null) {
            return new Remedy(type, null, null);
        }
        if (!isValidCost(amount) || !isKnownCurrency(currency)) {
            throw new IllegalArgumentException("a cost needs an amount from 0 to " + MAX_COST + " with at most two decimals, and a known currency");
        }
        return new Remedy(type, amount.setScale(2), currency);
    }

    public static boolean isValidCost(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.compareTo(MAX_COST) <= 0 && amount.stripTrailingZeros().scale() <= 2;
    }

    public static boolean isKnownCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public RemedyType type() {
        return type;
    }

    /** The cost, or null when none was recorded. */
    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public boolean hasCost() {
        return amount != null;
    }
}
