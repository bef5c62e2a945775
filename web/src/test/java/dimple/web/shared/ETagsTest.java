package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.shared.StaleRecord;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** If-Match on a state change as RFC 9110 has it, with "the record's version" as what is compared. */
class ETagsTest {
    /** A record whose current version is 3; counts how often it was read. */
    private final AtomicInteger reads = new AtomicInteger();
    private final LongSupplier atThree = () -> {
        reads.incrementAndGet();
        return 3;
    };

    @Test
    void noHeader_orAStar_checksNothing() {
        assertThat(ETags.expected(null, atThree)).isNull();
        assertThat(ETags.expected("  ", atThree)).isNull();
        assertThat(ETags.expected("*", atThree)).isNull();
        assertThat(reads).hasValue(0);
    }

    @Test
    void oneStrongTag_namesTheVersion_bareAsClientsSentItBefore_orAsAWholeETag() {
        assertThat(ETags.expected("\"3\"", atThree)).isEqualTo(3L);
        assertThat(ETags.expected("\"3-9f86d081884c7d65\"", atThree)).isEqualTo(3L);
        assertThat(ETags.expected("\"2\"", atThree)).as("the service refuses it as stale, atomically").isEqualTo(2L);
        assertThat(reads).as("one version needs no read").hasValue(0);
    }

    @Test
    void aWeakTag_neverMatches_strongComparison() {
        assertThatThrownBy(() -> ETags.expected("W/\"3\"", atThree)).isInstanceOf(StaleRecord.class);
        assertThatThrownBy(() -> ETags.expected("W/\"3-9f86d081884c7d65\"", atThree)).isInstanceOf(StaleRecord.class);
        assertThat(ETags.expected("W/\"3\", \"3\"", atThree)).as("the strong one in the list counts").isEqualTo(3L);
    }

    @Test
    void aList_matchesWhenOneOfItsVersionsIsCurrent() {
        assertThat(ETags.expected("\"2\", \"3\"", atThree)).isEqualTo(3L);
        assertThat(ETags.expected("\"1\",\"3-abc\" , \"5\"", atThree)).isEqualTo(3L);
        assertThatThrownBy(() -> ETags.expected("\"1\", \"2\"", atThree)).isInstanceOf(StaleRecord.class);
        assertThat(ETags.expected("\"3\", \"3-abc\"", atThree)).as("one version twice is one version").isEqualTo(3L);
        assertThat(ETags.expected("\"2\", *", atThree)).as("a star anywhere matches any").isNull();
    }

    @Test
    void tagsThatNameNoVersion_matchNothing() {
        for (String header : new String[] {"\"abc\"", "3", "\"\"", "\"-3\"", "\"3,4\"x", "\"99999999999999999999\"", ","}) {
            assertThatThrownBy(() -> ETags.expected(header, atThree)).as(header).isInstanceOf(StaleRecord.class);
        }
    }

    @Test
    void anETag_isTheVersionAndAHashOfTheBytes() {
        byte[] body = "{\"id\":\"r-1\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(ETags.value(3, body)).matches("3-[0-9a-f]{16}");
        assertThat(ETags.value(3, body)).isEqualTo(ETags.value(3, body.clone()));
        assertThat(ETags.value(3, "{\"id\":\"r-2\"}".getBytes(StandardCharsets.UTF_8))).as("same version, another body")
                .isNotEqualTo(ETags.value(3, body));
        assertThat(ETags.value(4, body)).isNotEqualTo(ETags.value(3, body));
        assertThat(ETags.expected("\"" + ETags.value(3, body) + "\"", atThree)).isEqualTo(3L);
    }
}
