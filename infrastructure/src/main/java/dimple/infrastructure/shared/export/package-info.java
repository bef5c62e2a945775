/**
 * What the exports share: formula-safe spreadsheet cells and the CSV file every CSV export writes (RFC 4180, UTF-8
 * with a byte-order mark).
 */
package dimple.infrastructure.shared.export;
