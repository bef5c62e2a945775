package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.web.shared.LogFormatSetup.Format;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.XMLFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.Test;

/** DIMPLE_LOG_FORMAT and the logging configuration packaged into dimple.jar. */
class LogFormatSetupTest {
    @Test
    void theFormatIsPlainUnlessJsonIsAsked_andAnUnknownOneIsRefused() {
        assertThat(LogFormatSetup.format(null)).contains(Format.PLAIN);
        assertThat(LogFormatSetup.format(" ")).contains(Format.PLAIN);
        assertThat(LogFormatSetup.format("plain")).contains(Format.PLAIN);
        assertThat(LogFormatSetup.format("json")).contains(Format.JSON);
        assertThat(LogFormatSetup.format(" JSON ")).contains(Format.JSON);
        assertThat(LogFormatSetup.format("xml")).isEmpty();
        assertThat(LogFormatSetup.format("jsonl")).isEmpty();
    }

    @Test
    void json_givesTheConsoleHandlersTheNamedFormatter_andLeavesOtherHandlersAlone() {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter());
        Handler other = new StreamHandler();
        other.setFormatter(new SimpleFormatter());
        logger.addHandler(console);
        logger.addHandler(other);
        try {
            assertThat(LogFormatSetup.useOnConsole(logger, XMLFormatter.class.getName())).isTrue();
            assertThat(console.getFormatter()).isInstanceOf(XMLFormatter.class);
            assertThat(other.getFormatter()).isInstanceOf(SimpleFormatter.class);
        } finally {
            console.close();
        }
    }

    @Test
    void aFormatterThatCannotBeMade_leavesTheConsoleAsItWas() {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        ConsoleHandler console = new ConsoleHandler();
        SimpleFormatter plain = new SimpleFormatter();
        console.setFormatter(plain);
        logger.addHandler(console);
        try {
            assertThat(LogFormatSetup.useOnConsole(logger, "no.such.Formatter")).isFalse();
            assertThat(LogFormatSetup.useOnConsole(logger, String.class.getName())).isFalse();
            assertThat(console.getFormatter()).isSameAs(plain);
            assertThat(LogFormatSetup.useOnConsole(Logger.getAnonymousLogger(), XMLFormatter.class.getName()))
                    .as("no console handler, nothing changed").isFalse();
        } finally {
            console.close();
        }
    }

    @Test
    void thePackagedLoggingConfiguration_writesPlainLinesWithoutColours_toTheConsole() throws IOException {
        Properties packaged = new Properties();
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("src/main/payara/logging.properties"))) {
            packaged.load(in);
        }
        assertThat(packaged.getProperty("handlers")).isEqualTo("java.util.logging.ConsoleHandler");
        assertThat(packaged.getProperty("java.util.logging.ConsoleHandler.formatter")).isEqualTo("com.sun.enterprise.server.logging.ODLLogFormatter");
        assertThat(packaged.getProperty("com.sun.enterprise.server.logging.ODLLogFormatter.ansiColor")).isEqualTo("false");
        assertThat(packaged.stringPropertyNames()).as("no placeholders: Payara Micro's have no default value")
                .allSatisfy(name -> assertThat(packaged.getProperty(name)).doesNotContain("${"));
    }
}
