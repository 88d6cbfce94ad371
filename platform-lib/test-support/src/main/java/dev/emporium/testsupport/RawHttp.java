package dev.emporium.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes exactly as given over a socket and reads one HTTP/1.1 response: for requests that
 * {@code java.net.http} refuses to send (malformed URIs, invalid header values, odd methods, broken framing).
 */
public final class RawHttp {

    private final String host;
    private final int port;
    private final java.net.InetAddress localAddress;

    public RawHttp(String host, int port) {
        this(host, port, null);
    }

    /** @param localAddress the source address to connect from (e.g. 127.0.0.7: another client), or null */
    public RawHttp(String host, int port, java.net.InetAddress localAddress) {
        this.host = host;
        this.port = port;
        this.localAddress = localAddress;
    }

    /** A request line, headers ({@code Host} and {@code Connection: close} are added) and an optional body. */
    public Response send(String requestLine, String headers, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes((requestLine + "\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n" + headers)
                .getBytes(StandardCharsets.UTF_8));
        request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.writeBytes(body);
        }
        return sendBytes(request.toByteArray());
    }

    public Response send(String requestLine, String... headerLines) {
        StringBuilder headers = new StringBuilder();
        for (String line : headerLines) {
            headers.append(line).append("\r\n");
        }
        return send(requestLine, headers.toString(), null);
    }

    /** Writes {@code request} verbatim and reads until the server closes or the response is complete. */
    public Response sendBytes(byte[] request) {
        try (Socket socket = localAddress == null ? new Socket(host, port) : new Socket(host, port, localAddress, 0)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        Map<String, String> headers = new LinkedHashMap<>();
        int status = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
                byte[] all = received.toByteArray();
                if (headEnd < 0) {
                    headEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    if (headEnd >= 0) {
                        String[] lines = new String(all, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
                        status = Integer.parseInt(lines[0].split(" ")[1]);
                        for (int i = 1; i < lines.length; i++) {
                            int colon = lines[i].indexOf(':');
                            headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                                    lines[i].substring(colon + 1).strip());
                        }
                    }
                }
                if (headEnd >= 0 && complete(all, headEnd + 4, headers)) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new IllegalStateException("No complete answer within 30 s; got: " + received, e);
        }
        if (headEnd < 0) {
            throw new IllegalStateException("No HTTP response, got: " + received);
        }
        byte[] all = received.toByteArray();
        byte[] body = java.util.Arrays.copyOfRange(all, headEnd + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static boolean complete(byte[] all, int bodyStart, Map<String, String> headers) {
        String length = headers.get("content-length");
        if (length != null) {
            return all.length - bodyStart >= Integer.parseInt(length);
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return new String(all, bodyStart, all.length - bodyStart, StandardCharsets.ISO_8859_1).endsWith("0\r\n\r\n");
        }
        return false;
    }

    /** Chunk sizes count bytes: the body is decoded (UTF-8) only once it is whole. */
    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at + indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length), crlf);
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Header names in lower case. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
