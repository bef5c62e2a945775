package dimple.application.bootstrap;

import java.time.Instant;

/** A backup just written: its file's name in the server's backup folder (never a path a caller chose), its size and when. */
public record BackupView(String file, long bytes, Instant takenAt) {
}
