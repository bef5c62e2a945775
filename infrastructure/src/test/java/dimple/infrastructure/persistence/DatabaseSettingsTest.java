package dimple.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
    @Test
    void withNothingSet_theH2FileUnderTheDataDirectory_durableAtEveryCommit() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of());

        assertThat(settings.vendor()).isEqualTo(DatabaseVendor.H2);
        assertThat(settings.url()).isEqualTo("jdbc:h2:file:" + Path.of("dimple-data").toAbsolutePath().resolve("dimple")
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        assertThat(settings.user()).isEqualTo("dimple");
    }

    @Test
    void aUserSetForPostgresql_withoutItsUrl_doesNotChangeTheH2FilesCredentials() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(DatabaseSettings.USER, "dimple_app", DatabaseSettings.PASSWORD, "s3cret"));

        assertThat(settings.vendor()).isEqualTo(DatabaseVendor.H2);
        assertThat(settings.user()).isEqualTo("dimple");
        assertThat(settings.password()).isEqualTo("dimple");
    }

    @Test
    void aRelativeDataDirectory_withoutDotSlash_isTakenAsTheFolderItNames() {
        // H2 itself refuses "data"; the settings make it absolute first.
        DatabaseSettings settings = DatabaseSettings.from(Map.of(DatabaseSettings.DATA_DIR, "data"));

        assertThat(settings.url()).startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("dimple") + ";");
    }

    @Test
    void aPostgresqlUrl_choosesPostgresql_withTheGivenUserAndPassword() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(DatabaseSettings.URL, "jdbc:postgresql://db.internal:5432/dimple",
                DatabaseSettings.USER, "dimple_app", DatabaseSettings.PASSWORD, "s3cret"));

        assertThat(settings.vendor()).isEqualTo(DatabaseVendor.POSTGRESQL);
        assertThat(settings.user()).isEqualTo("dimple_app");
        assertThat(settings.password()).isEqualTo("s3cret");
    }

    @Test
    void anotherDatabase_isRefused_namingOnlyItsKind() {
        assertThatThrownBy(() -> DatabaseSettings.from(Map.of(DatabaseSettings.URL, "jdbc:mysql://db.internal/dimple?password=s3cret")))
                .hasMessageContaining("jdbc:mysql").hasMessageNotContaining("s3cret").hasMessageNotContaining("db.internal");
    }

    @Test
    void whatIsSaidAboutTheSettings_neverCarriesThePassword_norTheUrlsParameters() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(DatabaseSettings.URL,
                "jdbc:postgresql://db.internal:5432/dimple?password=inurl&ssl=true", DatabaseSettings.PASSWORD, "s3cret"));

        assertThat(settings.toString()).contains("POSTGRESQL", "jdbc:postgresql://db.internal:5432/dimple", "password set")
                .doesNotContain("s3cret").doesNotContain("inurl");
    }

    @Test
    void theConfiguredDataSource_opensConnectionsToTheChosenDatabase() throws Exception {
        DatabaseSettings settings = new DatabaseSettings(DatabaseVendor.H2, "jdbc:h2:mem:settings-test", "sa", "");
        ConfiguredDataSource dataSource = new ConfiguredDataSource(settings);

        try (Connection connection = dataSource.getConnection()) {
            assertThat(Database.vendorOf(dataSource)).isEqualTo(DatabaseVendor.H2);
            assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:settings-test");
        }
        assertThat(dataSource).hasToString("ConfiguredDataSource");
    }
}
