package dimple.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 written byte by byte on a socket, for what {@link Http} cannot send: a forged or missing Host
 * header, a backslash in the path, oversized headers. One request per connection ({@code Connection: close}).
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** Sends the request head as given (lines without CRLF; the blank line is added) and the body, and reads the answer. */
    public static Answer send(URL base, List<String> head, byte[] body) {
        int port = base.getPort() < 0 ? base.getDefaultPort() : base.getPort();
        try (Socket socket = new Socket(base.getHost(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((String.join("\r\n", head) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return Answer.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answer get(URL base, String path, String host, String... headers) {
        List<String> head = new ArrayList<>(List.of("GET " + path + " HTTP/1.1"));
        if (host != null) {
            head.add("Host: " + host);
        }
        head.addAll(List.of(headers));
        head.add("Connection: close");
        return send(base, head, null);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    /** Status, headers and body of one answer (a chunked body is left as it came). */
    public record Answer(int status, List<String> headers, String body) {
        static Answer parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            String[] lines = head.split("\r\n");
            int status = lines[0].isEmpty() ? -1 : Integer.parseInt(lines[0].split(" ")[1]);
            return new Answer(status, List.of(lines).subList(1, lines.length), body);
        }

        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst();
        }

        /** The value of a cookie the answer sets. */
        public Optional<String> cookie(String name) {
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith("set-cookie:"))
                    .map(h -> h.substring("set-cookie:".length()).strip()).filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + body;
        }
    }
}
