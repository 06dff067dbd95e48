package fr.normandie.ecoles.app.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A multipart upload of a file generated as it is sent (a PDF header, then zeros), of any size, over a plain
 * socket: the body is written by one thread while the answer is read by another, so the test learns how much
 * the client managed to send before the server answered or closed the connection, which bounds what the
 * server read (the socket buffers between them hold a few megabytes of it). Once answered the client stops
 * sending, as browsers and curl do. The announced length (Content-Length) or none (chunked) is the sender's
 * choice.
 */
final class StreamedUpload {

    private static final String BOUNDARY = "----streamed-upload-boundary";
    private static final int CHUNK = 64 * 1024;

    /**
     * What came of it: bytes of the body sent before the answer began (or before the connection stopped taking
     * them, when there was no answer), and the answer if any.
     */
    record Outcome(long bytesSent, int status, Map<String, String> headers, String body) {
        boolean answered() {
            return status > 0;
        }
    }

    private StreamedUpload() {
    }

    /** A file of {@code fileSize} bytes: a PDF header, then zeros. */
    static Outcome post(URL base, String path, String user, String password, long fileSize, boolean announced)
            throws Exception {
        byte[] pdfHeader = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        return post(base, path, user, password, "enorme.pdf", pdfHeader, fileSize - pdfHeader.length, announced);
    }

    /**
     * A file named {@code fileName} (sent as UTF-8, as browsers do) made of {@code start} then {@code zeros}
     * zero bytes.
     */
    static Outcome post(URL base, String path, String user, String password, String fileName, byte[] start,
                        long zeros, boolean announced) throws Exception {
        ByteArrayOutputStream headWithStart = new ByteArrayOutputStream();
        headWithStart.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        headWithStart.writeBytes(start);
        byte[] head = headWithStart.toByteArray();
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long bodyLength = head.length + zeros + tail.length;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            out.write(("POST " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Basic " + credentials + "\r\nAccept: application/json\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                    + (announced ? "Content-Length: " + bodyLength : "Transfer-Encoding: chunked") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> send(out, head, zeros, tail,
                    announced, sent));
            Outcome answer = read(socket.getInputStream(), sent);
            socket.close(); // as a browser or curl does once answered: stop sending
            sending.exceptionally(e -> null).get(30, TimeUnit.SECONDS);
            return answer.answered() ? answer : new Outcome(sent.get(), 0, Map.of(), answer.body());
        }
    }

    private static void send(OutputStream out, byte[] head, long zeros, byte[] tail, boolean announced, AtomicLong sent) {
        byte[] block = new byte[CHUNK];
        try {
            write(out, head, head.length, announced, sent);
            for (long left = zeros; left > 0; left -= CHUNK) {
                write(out, block, (int) Math.min(CHUNK, left), announced, sent);
            }
            write(out, tail, tail.length, announced, sent);
            if (!announced) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException refused) {
            // the server closed the connection: what was sent until now is the figure
        }
    }

    private static void write(OutputStream out, byte[] bytes, int length, boolean announced, AtomicLong sent)
            throws IOException {
        if (!announced) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes, 0, length);
        if (!announced) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        sent.addAndGet(length);
    }

    /** The answer's status, headers and body; status 0 when the connection was reset before an answer. */
    private static Outcome read(InputStream in, AtomicLong sent) {
        try {
            String status = line(in);
            long sentBeforeAnswer = sent.get();
            Map<String, String> headers = new HashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            byte[] body = headers.containsKey("content-length")
                    ? in.readNBytes(Integer.parseInt(headers.get("content-length")))
                    : "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? chunked(in) : new byte[0];
            return new Outcome(sentBeforeAnswer, Integer.parseInt(status.split(" ")[1]), headers,
                    new String(body, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException reset) {
            return new Outcome(sent.get(), 0, Map.of(), reset.toString());
        }
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
             size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
            body.writeBytes(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed before the answer ended");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
