package dimple.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockProducerTest {
    @Test
    void theServicesClock_tellsWholeMicroseconds_asTheDatabasesKeepThem() {
        Clock nanos = Clock.fixed(Instant.parse("2026-12-07T02:29:29.123456789Z"), ZoneOffset.UTC);

        assertThat(ClockProducer.inMicroseconds(nanos).instant()).isEqualTo(Instant.parse("2026-12-07T02:29:29.123456Z"));
        Clock clock = new ClockProducer().clock();
        for (int i = 0; i < 1_000; i++) {
            assertThat(clock.instant().getNano() % 1_000).isZero();
        }
    }
}
