package org.etkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lets Jena's writers, which write bytes, print through picocli's PrintWriter, so that
 * commands write to {@code spec.commandLine().getOut()} and tests can capture them.
 */
final class WriterOutputStream extends OutputStream {
    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer out = CharBuffer.allocate(8192);

    WriterOutputStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, in.remaining());
            in.put(b, off, n);
            off += n;
            len -= n;
            drain(false);
        }
    }

    private void drain(boolean endOfInput) throws IOException {
        in.flip();
        while (true) {
            var result = decoder.decode(in, out, endOfInput);
            out.flip();
            writer.write(out.array(), 0, out.limit());
            out.clear();
            if (!result.isOverflow()) {
                break;
            }
        }
        in.compact();
    }

    @Override
    public void flush() throws IOException {
        drain(false);
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        drain(true);
        writer.flush();
    }
}
