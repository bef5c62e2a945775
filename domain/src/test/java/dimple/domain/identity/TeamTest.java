package dimple.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.shared.Ids;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TeamTest {
    private static final Instant FOUNDED = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void found_keepsTheTrimmedNameAndTime() {
        Team team = Team.found("  Front Desk \t", FOUNDED);

        assertThat(team.name()).isEqualTo("Front Desk");
        assertThat(team.createdAt()).isEqualTo(FOUNDED);
        assertThat(Ids.looksLikeId(team.id())).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void found_withoutName_isRefused(String name) {
        assertThatThrownBy(() -> Team.found(name, FOUNDED))
                .isInstanceOf(TeamNameInvalid.class)
                .hasMessage("rule.teamNameInvalid.empty");
    }

    @Test
    void found_nameOfEightyCharacters_isAccepted() {
        assertThat(Team.found("x".repeat(80), FOUNDED).name()).hasSize(80);
    }

    @Test
    void found_nameOfEightyOneCharacters_isRefused() {
        assertThatThrownBy(() -> Team.found("x".repeat(81), FOUNDED))
                .isInstanceOf(TeamNameInvalid.class)
                .hasMessage("rule.teamNameInvalid.tooLong[80]");
    }

    @Test
    void found_nameLength_countsAnEmojiAsOneCharacter() {
        String name = "Desk " + "\uD83D\uDE42".repeat(75);

        assertThat(Team.found(name, FOUNDED).name()).isEqualTo(name);
        assertThatThrownBy(() -> Team.found(name + "\uD83D\uDE42", FOUNDED)).isInstanceOf(TeamNameInvalid.class);
    }

    @Test
    void rename_givesTheTeamItsNewTrimmedName() {
        Team team = Team.found("Front Desk", FOUNDED);
        String id = team.id();

        team.rename(" Reception ");

        assertThat(team.name()).isEqualTo("Reception");
        assertThat(team.id()).isEqualTo(id);
    }

    @Test
    void rename_toBlank_isRefusedAndKeepsTheOldName() {
        Team team = Team.found("Front Desk", FOUNDED);

        assertThatThrownBy(() -> team.rename(" ")).isInstanceOf(TeamNameInvalid.class);
        assertThat(team.name()).isEqualTo("Front Desk");
    }
}
