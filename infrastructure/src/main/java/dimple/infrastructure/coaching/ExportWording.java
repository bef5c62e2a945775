package dimple.infrastructure.coaching;

import dimple.application.coaching.CoachingFilter;
import dimple.application.coaching.ExportHeading;
import dimple.application.coaching.ExportWords;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How every export format says things, the same in each: the column headings, the labels of states and
 * responses (the screen's {@code label.coaching.*} words, not {@code DECLINED}), days as {@code 2026-12-06},
 * moments as {@code 2026-12-06 01:43} in the heading's time zone, the filter line ("Team: Front Desk ·
 * Held from 1 Nov 2026 to 30 Nov 2026 · State: any") and the "Exported by" line. All words come from the
 * export's {@link ExportWords}.
 */
final class ExportWording {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ExportWords words;
    private final ExportHeading heading;
    private final String none;

    ExportWording(ExportWords words, ExportHeading heading) {
        this.words = words;
        this.heading = heading;
        this.none = words.text("label.coaching.decisions.none");
    }

    ExportWords words() {
        return words;
    }

    ZoneId zone() {
        return heading.zone();
    }

    /** The column headings, in the order of {@link ExportRow#values()}; a moment's heading names the time zone. */
    List<String> headers() {
        return ExportRow.COLUMNS.stream().map(this::header).toList();
    }

    String header(ExportRow.Column column) {
        String name = words.text("export.coaching.column." + column.name());
        return column.kind() == ExportRow.Kind.MOMENT ? words.text("export.coaching.column.inZone", name, heading.zone().getId()) : name;
    }

    /** A cell as text: labels for states and responses, days and moments as people read them; null when empty. */
    String text(ExportRow.Column column, Object value) {
        return switch (column.kind()) {
            case STATUS -> value == null ? null : words.text("label.coaching.statuses." + value);
            case RESPONSE -> value == null ? none : words.text("label.coaching.decisions." + value);
            case DAY -> value == null ? null : DAY.format((LocalDate) value);
            case MOMENT -> value == null ? null : moment((Instant) value);
            case TEXT -> (String) value;
        };
    }

    /** A moment to the minute, in the export's time zone: {@code 2026-12-06 01:43}. */
    String moment(Instant value) {
        return MOMENT.format(value.atZone(heading.zone()));
    }

    /** The export's title ("Coaching records"). */
    String title() {
        return words.text("export.coaching.title");
    }

    /** "Exported by Hana HR (hana), 2026-11-23 10:00 UTC". */
    String exportedBy() {
        return words.text("export.coaching.exportedBy", heading.exportedBy(), moment(heading.exportedAt()) + " " + heading.zone().getId());
    }

    /** The filter as a line people read: "Team: Front Desk · Held from 1 Nov 2026 to 30 Nov 2026 · State: any". */
    String filterLine() {
        CoachingFilter f = heading.filter();
        List<String> parts = new ArrayList<>();
        parts.add(given(f.team()) ? words.text("export.coaching.filter.team", f.team().strip()) : words.text("export.coaching.filter.anyTeam"));
        if (given(f.employee())) {
            parts.add(words.text("export.coaching.filter.employee", f.employee().strip()));
        }
        if (given(f.coach())) {
            parts.add(words.text("export.coaching.filter.coach", f.coach().strip()));
        }
        if (f.from() != null && f.to() != null) {
            parts.add(words.text("export.coaching.filter.between", day(f.from()), day(f.to())));
        } else if (f.from() != null) {
            parts.add(words.text("export.coaching.filter.from", day(f.from())));
        } else if (f.to() != null) {
            parts.add(words.text("export.coaching.filter.to", day(f.to())));
        } else {
            parts.add(words.text("export.coaching.filter.anyDay"));
        }
        parts.add(given(f.status())
                ? words.text("export.coaching.filter.state", words.text("label.coaching.statuses." + f.status().strip().toUpperCase(Locale.ROOT)))
                : words.text("export.coaching.filter.anyState"));
        return String.join(words.text("export.coaching.filter.separator"), parts);
    }

    /** A day of the filter in words of the export's language: "1 Nov 2026". */
    private String day(LocalDate day) {
        return DateTimeFormatter.ofPattern(words.text("export.coaching.filter.dayPattern"), words.language()).format(day);
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
